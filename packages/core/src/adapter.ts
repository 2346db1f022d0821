import type { LiveEvent, Topic } from './schemas/live.js';
import type { PollView, VoteInput } from './schemas/poll.js';
import type { Comment, CommentPage, CommentQuery, CommentScore, NewComment, ReportInput, Thread } from './schemas/thread.js';
import type { PetitionView, SignatureInput, SignatureReceipt } from './schemas/petition.js';
import type { RatingFollowUp, RatingInput, RatingReceipt, ServiceView } from './schemas/service.js';

/** Options every adapter call accepts. */
export interface RequestOptions {
  /**
   * Aborts the call. Widgets abort a read when its data is no longer wanted
   * (the id changed, the element left the page); the adapter then rejects with
   * the signal's reason and must not apply a write it has not yet sent.
   */
  signal?: AbortSignal;
}

/** Receives live events for the topics subscribed to. */
export type LiveListener = (event: LiveEvent) => void;

/**
 * The contract between the widgets and a backend.
 *
 * Implement it to plug Civic Widgets into your own CMS or API; the project
 * ships `RestAdapter` (the reference REST protocol) and `MemoryAdapter`
 * (everything in the browser). Run `@civic-widgets/core/testing`'s conformance
 * suite against your implementation to check it keeps every rule.
 *
 * Rules every implementation keeps:
 * - **Participant.** One adapter instance acts for one anonymous participant
 *   (a browser). "Mine", "myVote" and "upvotedByMe" are relative to it.
 * - **Validation.** Inputs are validated with the schemas exported from
 *   `@civic-widgets/core`; bad input rejects with `InvalidInputError` and
 *   changes nothing.
 * - **Errors.** Every rejection is a `CivicError` with a stable `code`:
 *   `not-found` for unknown or draft resources, `closed` for actions outside
 *   the open period or on closed resources, `already-done` for a repeated
 *   one-time action, `invalid-input`, `rate-limited`, `network`, `timeout`,
 *   `server`, `bad-response`, `unauthorised`.
 * - **Answers.** Resolved values match the schemas of the same name (`PollView`,
 *   `Comment`…); widgets show them as they are.
 */
export interface Adapter {
  /**
   * A poll, its results when the participant may see them
   * (`resultsVisibility`), and the participant's own vote.
   * @throws NotFoundError for unknown or draft polls.
   */
  getPoll(pollId: string, options?: RequestOptions): Promise<PollView>;

  /**
   * Casts (or, when the poll has `allowChange`, replaces) the participant's vote.
   * One vote per participant per poll; a multiple-choice vote counts the
   * participant once in `totalParticipants`.
   * @returns the poll as the participant now sees it.
   * @throws ClosedError before `opensAt`, after `closesAt` or when closed;
   *   AlreadyDoneError when they voted and changing is not allowed;
   *   InvalidInputError for unknown options, too many choices, or more than one in single mode.
   */
  vote(pollId: string, input: VoteInput, options?: RequestOptions): Promise<PollView>;

  /** A thread's settings and published comment count. @throws NotFoundError */
  getThread(threadId: string, options?: RequestOptions): Promise<Thread>;

  /**
   * One page of comments: top-level ones, or replies to `query.parentId`.
   * Lists `published` comments, plus the participant's own `pending` ones.
   * Sorts `newest` (default), `oldest` or `top` (score, then newest); pass the
   * previous page's `nextCursor` to continue without gaps or repeats.
   */
  listComments(threadId: string, query?: CommentQuery, options?: RequestOptions): Promise<CommentPage>;

  /**
   * Posts a comment or a reply. In `pre` moderation it is `pending` and shown
   * only to its author until approved.
   * @throws ClosedError on closed threads; InvalidInputError when the body is
   *   empty or longer than `maxLength`, the reply would exceed `maxDepth`, or the
   *   honeypot is filled; NotFoundError for an unknown parent.
   */
  postComment(threadId: string, input: NewComment, options?: RequestOptions): Promise<Comment>;

  /**
   * Adds (`true`) or withdraws (`false`) the participant's upvote. Idempotent:
   * one upvote per participant per comment.
   */
  setUpvote(threadId: string, commentId: string, upvoted: boolean, options?: RequestOptions): Promise<CommentScore>;

  /**
   * Reports a comment. When `reportThreshold` distinct participants have
   * reported it, it becomes `hidden` pending review.
   * @throws AlreadyDoneError when this participant already reported it.
   */
  reportComment(threadId: string, commentId: string, input: ReportInput, options?: RequestOptions): Promise<void>;

  /**
   * Deletes the participant's own comment: it leaves the thread and its text
   * and name are erased; replies stay. Optional: widgets offer "Delete" only
   * with a backend that has it.
   * @throws NotFoundError for a comment that is not the participant's (or does not exist)
   */
  deleteComment?(threadId: string, commentId: string, options?: RequestOptions): Promise<void>;

  /** A petition with its confirmed count, public signers and counts by region. @throws NotFoundError */
  getPetition(petitionId: string, options?: RequestOptions): Promise<PetitionView>;

  /**
   * Starts a signature: it stays pending until confirmed through the link sent
   * by e-mail, and only confirmed signatures count. The answer is the same
   * whether or not the address signed before (one confirmed signature per
   * e-mail address, compared case-insensitively).
   * @throws ClosedError outside the open period; InvalidInputError without
   *   consent, with an unknown region or a filled honeypot.
   */
  signPetition(petitionId: string, input: SignatureInput, options?: RequestOptions): Promise<SignatureReceipt>;

  /** A service, its public aggregate (when public) and the participant's rating. @throws NotFoundError */
  getService(serviceId: string, options?: RequestOptions): Promise<ServiceView>;

  /**
   * Rates a service. A participant has one rating per service: rating again
   * replaces the score. The page URL is stored without query or fragment.
   * @throws InvalidInputError when the score is not on the service's scale.
   */
  rate(serviceId: string, input: RatingInput, options?: RequestOptions): Promise<RatingReceipt>;

  /**
   * Adds the optional follow-up (reasons, comment) to the participant's own
   * rating; it never creates a second rating.
   * @throws NotFoundError when the rating is not this participant's.
   */
  amendRating(serviceId: string, ratingId: string, input: RatingFollowUp, options?: RequestOptions): Promise<RatingReceipt>;

  /**
   * Optional live updates. Calls `listener` for events on the given topics
   * until the returned function is called. Implementations reconnect by
   * themselves after failures.
   */
  subscribe?(topics: readonly Topic[], listener: LiveListener): () => void;
}
