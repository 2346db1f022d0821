import type { CivicError, Comment, PollView, RatingReceipt, SignatureReceipt } from '@civic-widgets/core';

/**
 * The `detail` of every event the widgets fire. All events bubble and are
 * composed, so a listener on `document` hears every widget.
 */
export interface CivicEventMap {
  /** Loaded data replaced the loading view: once per load, never for a refresh of data already shown (live updates). */
  'civic-load': { id: string };
  /** The backend accepted a vote. */
  'civic-vote': { pollId: string; choices: string[]; view: PollView };
  /** The backend accepted a comment or reply. */
  'civic-comment': { threadId: string; comment: Comment };
  /** The backend accepted a signature (pending e-mail confirmation). */
  'civic-sign': { petitionId: string; receipt: SignatureReceipt };
  /** The backend accepted a rating or its follow-up. */
  'civic-rate': { serviceId: string; receipt: RatingReceipt };
  /** Something failed; `retryable` says whether trying again can help. */
  'civic-error': { error: CivicError | Error; retryable: boolean };
}

export type CivicEventName = keyof CivicEventMap;

/** The events as `addEventListener` sees them, on the element and, as they bubble out, on the document and window. */
type CivicEvents = { [K in CivicEventName]: CustomEvent<CivicEventMap[K]> };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends CivicEvents {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends CivicEvents {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface WindowEventMap extends CivicEvents {}
}
