/**
 * JSX typings for React 19 (`@civic-widgets/elements/react`): the four
 * elements with their attributes, the `adapter` property, `ref`, and typed
 * `oncivic-*` event props. Types only; load them once in an app, in any
 * `.ts(x)` file or a `.d.ts`:
 *
 * ```ts
 * import type {} from '@civic-widgets/elements/react';
 * ```
 *
 * React 19 sets `adapter` as a property, other attributes as attributes, and
 * adds each `oncivic-*` prop as a listener of the `civic-*` event. Needs
 * `@types/react` 19.
 *
 * @module
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { Adapter } from '@civic-widgets/core';
import type { CivicEventMap, CivicEventName } from './base/events.js';
import type { CivicComments } from './comments/comments.js';
import type { CivicPetition } from './petition/petition.js';
import type { CivicPoll } from './poll/poll.js';
import type { CivicRating } from './rating/rating.js';

/** A `civic-*` event as a listener receives it, with its typed `detail`. */
export type CivicEvent<K extends CivicEventName> = CustomEvent<CivicEventMap[K]>;

/** `oncivic-load`, `oncivic-vote`…: listeners of the events an element fires. */
export type CivicEventProps<K extends CivicEventName> = { [N in K as `on${N}`]?: (event: CivicEvent<N>) => void };

/** What every widget takes: React's props for an HTML element (`ref`, `className`, `lang`, `hidden`…) and a backend. */
export type CivicElementProps<E extends HTMLElement, K extends CivicEventName> = DetailedHTMLProps<HTMLAttributes<E>, E> &
  CivicEventProps<K | 'civic-load' | 'civic-error'> & {
    /** API base URL; uses the REST adapter. */
    endpoint?: string;
    /** Any object implementing `Adapter` (set as a property); takes precedence over `endpoint`. */
    adapter?: Adapter;
  };

/** Level of the widget's heading for the page outline (default 2). */
type HeadingLevel = { 'heading-level'?: number | `${number}` };

/** `<civic-poll>`: `poll-id` is required. */
export type CivicPollProps = CivicElementProps<CivicPoll, 'civic-vote'> & HeadingLevel & { 'poll-id': string };

/** `<civic-comments>`: `thread-id` is required. */
export type CivicCommentsProps = CivicElementProps<CivicComments, 'civic-comment'> &
  HeadingLevel & {
    'thread-id': string;
    /** Comments per page, 1–100 (default 20). */
    'page-size'?: number | `${number}`;
  };

/** `<civic-petition>`: `petition-id` is required. */
export type CivicPetitionProps = CivicElementProps<CivicPetition, 'civic-sign'> &
  HeadingLevel & {
    'petition-id': string;
    /** Link to the privacy notice, shown beside the consent box. */
    'privacy-url'?: string;
  };

/** `<civic-rating>`: `service-id` is required. */
export type CivicRatingProps = CivicElementProps<CivicRating, 'civic-rate'> & {
  'service-id': string;
  /** The question to ask instead of the service's (the site's words, e.g. in the page's language). */
  question?: string;
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'civic-poll': CivicPollProps;
      'civic-comments': CivicCommentsProps;
      'civic-petition': CivicPetitionProps;
      'civic-rating': CivicRatingProps;
    }
  }
}
