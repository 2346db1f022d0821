// The JSX typings of the elements: attributes, `adapter`, `ref` and typed `oncivic-*` events.
import type {} from '@civic-widgets/elements/react';
import '@civic-widgets/elements/poll.js';
import '@civic-widgets/elements/rating.js';
import { MemoryAdapter } from '@civic-widgets/elements';
import type { CivicPoll } from '@civic-widgets/elements/poll/poll.js';
import { useRef, useState } from 'react';
import { seed } from './seed.ts';

// Everything in the browser, for this example; with a server: new RestAdapter({ endpoint }),
// or the `endpoint` attribute.
const adapter = new MemoryAdapter({ seed });

export function App() {
  const poll = useRef<CivicPoll>(null);
  const [loads, setLoads] = useState(0);
  const [vote, setVote] = useState('');
  const [rating, setRating] = useState<number | null>(null);

  return (
    <main>
      <h1>Have your say</h1>
      <civic-poll
        ref={poll}
        poll-id="transport-2027"
        heading-level={2}
        adapter={adapter}
        oncivic-load={() => setLoads((n) => n + 1)}
        oncivic-vote={(event) => {
          // `event.detail` is typed: { pollId, choices, view }.
          const total = event.detail.view.results?.totalParticipants ?? 0;
          setVote(`${event.detail.choices.join(', ')} (${total} voted; asked "${poll.current?.view?.poll.question}")`);
        }}
      />
      <civic-rating
        service-id="page-feedback"
        adapter={adapter}
        oncivic-rate={(event) => setRating(event.detail.receipt.score)}
      />
      <section aria-label="Events">
        <p id="loads">Poll shown: {loads}</p>
        <p id="vote">Your vote: {vote || 'none yet'}</p>
        <p id="rating">Your rating: {rating ?? 'none yet'}</p>
      </section>
    </main>
  );
}
