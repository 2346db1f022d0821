/*
 * The React typings of @civic-widgets/elements, compiled with `tsc --noEmit`
 * (test/react-types.test.ts): what must compile, and with
 * `@ts-expect-error`, what must not.
 */
import type {} from '@civic-widgets/elements/react';
import '@civic-widgets/elements/poll.js';
import '@civic-widgets/elements/comments.js';
import '@civic-widgets/elements/petition.js';
import '@civic-widgets/elements/rating.js';
import { type Adapter, MemoryAdapter, type PollView } from '@civic-widgets/core';
import type { CivicPoll } from '@civic-widgets/elements/poll/poll.js';
import type { CivicRating } from '@civic-widgets/elements/rating/rating.js';
import type { CivicEvent } from '@civic-widgets/elements/react';
import { type JSX, useRef, useState } from 'react';

const adapter: Adapter = new MemoryAdapter();

export function Widgets() {
  const poll = useRef<CivicPoll>(null);
  const [view, setView] = useState<PollView | null>(null);
  // Handlers need no annotation: `event` and its `detail` are typed (noImplicitAny holds).
  return (
    <main>
      <civic-poll
        ref={poll}
        poll-id="transport-2027"
        heading-level={3}
        lang="fr"
        className="poll"
        adapter={adapter}
        oncivic-load={(event) => console.log(event.detail.id.toUpperCase())}
        oncivic-vote={(event) => {
          const choices: string[] = event.detail.choices;
          setView(event.detail.view);
          console.log(event.detail.pollId, choices, poll.current?.view?.poll.question);
        }}
        oncivic-error={(event) => console.log(event.detail.retryable, event.detail.error.message)}
      />
      <civic-comments
        thread-id="library-hours"
        page-size={10}
        endpoint="https://participate.example.gov/api/v1"
        oncivic-comment={(event) => console.log(event.detail.comment.body, event.detail.threadId)}
      />
      <civic-petition
        petition-id="safe-school-streets"
        privacy-url="/privacy"
        heading-level="3"
        oncivic-sign={(event) => console.log(event.detail.receipt.email)}
      />
      <civic-rating service-id="page-feedback" hidden={!view} oncivic-rate={(event) => console.log(event.detail.receipt.score)} />
    </main>
  );
}

export const onVote = (event: CivicEvent<'civic-vote'>): number => event.detail.view.results?.totalParticipants ?? 0;

// What must not compile. (TypeScript checks no unknown attribute whose name has a hyphen,
// as for data-*: `oncivic-sign` on a poll compiles, and does nothing.)
export function Mistakes() {
  const rating = useRef<CivicRating>(null);
  return (
    <>
      {/* @ts-expect-error poll-id is required */}
      <civic-poll />
      {/* @ts-expect-error an adapter is an object implementing Adapter */}
      <civic-poll poll-id="p" adapter={42} />
      {/* @ts-expect-error detail is typed: a vote has no receipt */}
      <civic-poll poll-id="p" oncivic-vote={(event) => event.detail.receipt} />
      {/* @ts-expect-error a ref to a rating on a poll */}
      <civic-poll poll-id="p" ref={rating} />
      {/* @ts-expect-error service-id is required on a rating */}
      <civic-rating poll-id="p" />
      {/* @ts-expect-error no such attribute */}
      <civic-comments thread-id="t" thread="t" />
      {/* @ts-expect-error heading levels are numbers */}
      <civic-petition petition-id="x" heading-level="two" />
    </>
  );
}

// The props of each element, as TypeScript sees them (read by test/react-types.test.ts).
export type Props = {
  [Tag in 'civic-poll' | 'civic-comments' | 'civic-petition' | 'civic-rating']: JSX.IntrinsicElements[Tag];
};
