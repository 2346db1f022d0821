import type { Adapter, LiveListener, RequestOptions } from '../adapter.js';
import { AlreadyDoneError, ClosedError, InvalidInputError, NotFoundError } from '../errors.js';
import { canSeeResults, phaseOf } from '../phase.js';
import { normaliseName, normaliseText } from '../schemas/common.js';
import { type LiveEvent, type Topic, topicOf } from '../schemas/live.js';
import { type PollResults, type PollView, VoteInput } from '../schemas/poll.js';
import {
  type Comment,
  type CommentPage,
  CommentQuery,
  type CommentScore,
  NewComment,
  ReportInput,
  type Thread,
} from '../schemas/thread.js';
import { type PetitionView, SignatureInput, type SignatureReceipt } from '../schemas/petition.js';
import {
  type RatingAggregate,
  type RatingScale,
  RatingFollowUp,
  RatingInput,
  type RatingReceipt,
  type ServiceView,
  scaleScores,
  stripPageUrl,
} from '../schemas/service.js';
import { Seed } from '../schemas/definitions.js';
import { Slug } from '../schemas/common.js';
import { parseInput } from '../validate.js';
import { canonicalEmail } from '../email.js';
import {
  checkChoices,
  checkLength,
  checkReasons,
  checkRegion,
  checkScore,
  checkServiceOpen,
  checkThreadOpen,
  reachableComment,
} from '../rules.js';
import { type CursorKey, decodeCursor, encodeCursor } from './cursor.js';
import { type MemoryState, type OutboxMessage, type StoredComment, type StoredRating, emptyState } from './state.js';
import { applySeed } from './seed.js';

export interface MemoryAdapterOptions {
  /** Content to start with (ignored when persisted state is found). */
  seed?: Seed;
  /** Identifies the participant; defaults to a random id. */
  participantId?: string;
  /** Keeps the state in `localStorage` (or the given storage) under `key`. */
  persist?: { key: string; storage?: Pick<Storage, 'getItem' | 'setItem'> };
  /** The clock; tests move it to check opening and closing times. */
  now?: () => Date;
}

/** The shared state behind every participant's MemoryAdapter. */
class MemoryBackend {
  state: MemoryState;
  readonly listeners = new Map<Topic, Set<LiveListener>>();

  constructor(
    readonly now: () => Date,
    readonly persist: MemoryAdapterOptions['persist'],
    seed: Seed | undefined,
  ) {
    const stored = persist ? readPersisted(persist) : null;
    this.state = stored ?? emptyState();
    if (!stored && seed) applySeed(this.state, parseInput(Seed, seed), this.now());
  }

  nextId(prefix: string): string {
    this.state.seq += 1;
    return `${prefix}${this.state.seq}`;
  }

  /** Saves and notifies after a change; listeners run after the caller's promise settles. */
  changed(...events: LiveEvent[]): void {
    if (this.persist) {
      (this.persist.storage ?? globalThis.localStorage)?.setItem(this.persist.key, JSON.stringify(this.state));
    }
    for (const event of events) {
      const set = this.listeners.get(topicOf(event));
      if (!set) continue;
      for (const listener of [...set]) setTimeout(() => listener(event), 0);
    }
  }
}

function readPersisted(persist: NonNullable<MemoryAdapterOptions['persist']>): MemoryState | null {
  try {
    const raw = (persist.storage ?? globalThis.localStorage)?.getItem(persist.key);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return parsed && typeof parsed === 'object' && (parsed as MemoryState).version === 1 ? (parsed as MemoryState) : null;
  } catch {
    return null;
  }
}

/**
 * The whole protocol in memory: a backend for demos, prototypes and tests, no
 * server needed. Every rule of the `Adapter` contract holds, and it passes the
 * conformance suite. Call {@link MemoryAdapter.asParticipant} for a second
 * participant on the same data.
 */
export class MemoryAdapter implements Adapter {
  readonly participantId: string;
  readonly #backend: MemoryBackend;

  constructor(options: MemoryAdapterOptions = {}, backend?: MemoryBackend) {
    this.participantId = options.participantId ?? randomId();
    this.#backend = backend ?? new MemoryBackend(options.now ?? (() => new Date()), options.persist, options.seed);
  }

  /** Another participant sharing this adapter's data. */
  asParticipant(participantId: string): MemoryAdapter {
    return new MemoryAdapter({ participantId }, this.#backend);
  }

  /** E-mails that would have been sent (signature confirmations). */
  get outbox(): readonly OutboxMessage[] {
    return this.#backend.state.outbox;
  }

  /** Confirms a pending signature, as the link in its e-mail would. Returns false for an unknown token. */
  confirmSignature(token: string): boolean {
    for (const stored of Object.values(this.#backend.state.petitions)) {
      const signature = stored.signatures.find((s) => s.token === token);
      if (!signature) continue;
      if (signature.status === 'confirmed') return true;
      signature.status = 'confirmed';
      signature.confirmedAt = this.#now().toISOString();
      const petitionId = stored.petition.id;
      this.#backend.changed({ type: 'petition.count', petitionId, signatureCount: confirmedCount(stored.signatures) });
      return true;
    }
    return false;
  }

  #now(): Date {
    return this.#backend.now();
  }

  // ---------------------------------------------------------------- polls

  async getPoll(pollId: string, options?: RequestOptions): Promise<PollView> {
    options?.signal?.throwIfAborted();
    return this.#pollView(pollId);
  }

  async vote(pollId: string, input: VoteInput, options?: RequestOptions): Promise<PollView> {
    options?.signal?.throwIfAborted();
    const { choices } = parseInput(VoteInput, input);
    const stored = this.#poll(pollId);
    const { poll } = stored;
    const phase = phaseOf(poll, this.#now());
    if (phase !== 'open') throw new ClosedError(phase === 'upcoming' ? 'This poll is not open yet' : 'This poll is closed');
    checkChoices(poll, choices);
    const previous = stored.votes[this.participantId];
    if (previous && !poll.allowChange) throw new AlreadyDoneError('You have already voted in this poll');
    stored.votes[this.participantId] = [...choices];
    const view = this.#pollView(pollId);
    this.#backend.changed({
      type: 'poll.results',
      pollId,
      results: poll.resultsVisibility === 'always' ? pollResults(stored) : null,
    });
    return view;
  }

  #poll(pollId: string) {
    const stored = this.#backend.state.polls[pollId];
    if (!stored || stored.poll.status === 'draft') throw new NotFoundError(`No poll "${pollId}"`);
    return stored;
  }

  #pollView(pollId: string): PollView {
    const stored = this.#poll(pollId);
    const myVote = stored.votes[this.participantId] ?? null;
    const visible = canSeeResults(stored.poll, myVote !== null, this.#now());
    return { poll: structuredClone(stored.poll), results: visible ? pollResults(stored) : null, myVote: myVote && [...myVote] };
  }

  // -------------------------------------------------------------- threads

  async getThread(threadId: string, options?: RequestOptions): Promise<Thread> {
    options?.signal?.throwIfAborted();
    const stored = this.#thread(threadId);
    return { ...structuredClone(stored.thread), commentCount: stored.comments.filter((c) => c.status === 'published').length };
  }

  async listComments(threadId: string, query: CommentQuery = {}, options?: RequestOptions): Promise<CommentPage> {
    options?.signal?.throwIfAborted();
    const q = parseInput(CommentQuery, query);
    const stored = this.#thread(threadId);
    const sort = q.sort ?? 'newest';
    const limit = q.limit ?? 20;
    const after = q.cursor === undefined ? null : decodeCursor(q.cursor);
    if (q.cursor !== undefined && !after)
      throw new InvalidInputError('Unknown cursor', { fieldErrors: [{ path: 'cursor', message: 'Unknown cursor' }] });
    const parentId = q.parentId ?? null;
    if (parentId !== null) await this.#reachable(threadId, parentId);
    const key = (c: StoredComment): CursorKey => [sort === 'top' ? c.upvoters.length : 0, Date.parse(c.createdAt), c.seq];
    const direction = sort === 'oldest' ? 1 : -1;
    const items = stored.comments
      .filter((c) => c.parentId === parentId && this.#visible(c))
      .filter((c) => !after || direction * compareKeys(key(c), after) > 0)
      .sort((a, b) => direction * compareKeys(key(a), key(b)));
    const page = items.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((c) => this.#comment(threadId, c, stored.comments)),
      nextCursor: items.length > limit && last ? encodeCursor(key(last)) : null,
    };
  }

  async postComment(threadId: string, input: NewComment, options?: RequestOptions): Promise<Comment> {
    options?.signal?.throwIfAborted();
    const data = parseInput(NewComment, input);
    const stored = this.#thread(threadId);
    const { thread } = stored;
    checkThreadOpen(thread);
    const body = normaliseText(data.body);
    checkLength('body', body, thread.maxLength);
    let depth = 0;
    const parentId = data.parentId ?? null;
    if (parentId !== null) {
      const parent = await this.#reachable(threadId, parentId);
      depth = parent.depth + 1;
      if (depth > thread.maxDepth) {
        throw new InvalidInputError('Replies cannot be nested this deep', {
          fieldErrors: [{ path: 'parentId', message: 'Too deep' }],
        });
      }
    }
    const name = data.authorName ? normaliseName(data.authorName) : '';
    const comment: StoredComment = {
      id: this.#backend.nextId('c'),
      seq: this.#backend.state.seq,
      parentId,
      depth,
      authorName: name || null,
      body,
      createdAt: this.#now().toISOString(),
      status: thread.moderation === 'pre' ? 'pending' : 'published',
      author: this.participantId,
      upvoters: [],
      reporters: [],
    };
    stored.comments.push(comment);
    this.#backend.changed(
      ...(comment.status === 'published' ? [{ type: 'thread.comment' as const, threadId, commentId: comment.id, parentId }] : []),
    );
    return this.#comment(threadId, comment, stored.comments);
  }

  async setUpvote(threadId: string, commentId: string, upvoted: boolean, options?: RequestOptions): Promise<CommentScore> {
    options?.signal?.throwIfAborted();
    checkThreadOpen(this.#thread(threadId).thread);
    const comment = await this.#reachable(threadId, commentId);
    const has = comment.upvoters.includes(this.participantId);
    if (upvoted && !has) comment.upvoters.push(this.participantId);
    if (!upvoted && has) comment.upvoters = comment.upvoters.filter((p) => p !== this.participantId);
    if (upvoted !== has) this.#backend.changed();
    return { commentId, score: comment.upvoters.length, upvotedByMe: upvoted };
  }

  async reportComment(threadId: string, commentId: string, input: ReportInput, options?: RequestOptions): Promise<void> {
    options?.signal?.throwIfAborted();
    parseInput(ReportInput, input);
    const stored = this.#thread(threadId);
    checkThreadOpen(stored.thread);
    const comment = await this.#reachable(threadId, commentId);
    if (comment.reporters.includes(this.participantId)) throw new AlreadyDoneError('You have already reported this comment');
    comment.reporters.push(this.participantId);
    if (comment.reporters.length >= stored.thread.reportThreshold) comment.status = 'hidden';
    this.#backend.changed();
  }

  #thread(threadId: string) {
    const stored = this.#backend.state.threads[threadId];
    if (!stored) throw new NotFoundError(`No thread "${threadId}"`);
    return stored;
  }

  #reachable(threadId: string, commentId: string): Promise<StoredComment> {
    const comments = this.#thread(threadId).comments;
    return reachableComment(commentId, (id) => comments.find((c) => c.id === id));
  }

  #visible(c: StoredComment): boolean {
    return c.status === 'published' || (c.status === 'pending' && c.author === this.participantId);
  }

  #comment(threadId: string, c: StoredComment, all: StoredComment[]): Comment {
    return {
      id: c.id,
      threadId,
      parentId: c.parentId,
      depth: c.depth,
      authorName: c.authorName,
      body: c.body,
      createdAt: c.createdAt,
      status: c.status,
      score: c.upvoters.length,
      replyCount: all.filter((r) => r.parentId === c.id && r.status === 'published').length,
      upvotedByMe: c.upvoters.includes(this.participantId),
      mine: c.author === this.participantId,
    };
  }

  // ------------------------------------------------------------ petitions

  async getPetition(petitionId: string, options?: RequestOptions): Promise<PetitionView> {
    options?.signal?.throwIfAborted();
    const stored = this.#petition(petitionId);
    const confirmed = stored.signatures.filter((s) => s.status === 'confirmed');
    return {
      petition: { ...structuredClone(stored.petition), signatureCount: confirmed.length },
      recentSigners: confirmed
        .filter((s) => s.showName)
        .sort((a, b) => (b.confirmedAt ?? '').localeCompare(a.confirmedAt ?? ''))
        .slice(0, 10)
        .map((s) => ({ name: s.name, regionId: s.regionId, signedAt: s.confirmedAt ?? s.createdAt })),
      countsByRegion: stored.petition.regions.map((r) => ({
        regionId: r.id,
        count: confirmed.filter((s) => s.regionId === r.id).length,
      })),
    };
  }

  async signPetition(petitionId: string, input: SignatureInput, options?: RequestOptions): Promise<SignatureReceipt> {
    options?.signal?.throwIfAborted();
    const data = parseInput(SignatureInput, input);
    const stored = this.#petition(petitionId);
    const { petition } = stored;
    if (phaseOf(petition, this.#now()) !== 'open') throw new ClosedError('This petition is not open for signatures');
    const regionId = data.regionId ?? null;
    checkRegion(petition.regions, regionId);
    // Mail goes to the address as typed; one mailbox signs once (see canonicalEmail).
    const email = data.email.trim().toLowerCase();
    const mailbox = canonicalEmail(email);
    const now = this.#now().toISOString();
    const existing = stored.signatures.find((s) => canonicalEmail(s.email) === mailbox);
    const outbox = this.#backend.state.outbox;
    if (existing?.status === 'confirmed') {
      outbox.push({
        to: email,
        kind: 'already-signed',
        petitionId,
        token: null,
        text: `You have already signed "${petition.title}".`,
        sentAt: now,
      });
    } else {
      const signature = existing ?? {
        email,
        name: normaliseName(data.name),
        regionId,
        showName: data.showName ?? false,
        status: 'pending' as const,
        token: randomId() + randomId(),
        createdAt: now,
        confirmedAt: null,
        sourceUrl: stripPageUrl(data.sourceUrl),
        lang: data.lang ?? null,
      };
      if (!existing) stored.signatures.push(signature);
      outbox.push({
        to: email,
        kind: 'confirm-signature',
        petitionId,
        token: signature.token,
        text: `Confirm your signature on "${petition.title}" with the code ${signature.token}.`,
        sentAt: now,
      });
    }
    this.#backend.changed();
    return { status: 'pending-confirmation', email };
  }

  #petition(petitionId: string) {
    const stored = this.#backend.state.petitions[petitionId];
    if (!stored || stored.petition.status === 'draft') throw new NotFoundError(`No petition "${petitionId}"`);
    return stored;
  }

  // ------------------------------------------------------------- services

  async getService(serviceId: string, options?: RequestOptions): Promise<ServiceView> {
    options?.signal?.throwIfAborted();
    const stored = this.#service(serviceId);
    const mine = stored.ratings.find((r) => r.participant === this.participantId);
    return {
      service: structuredClone(stored.service),
      aggregate: stored.service.publicAggregate ? aggregate(stored.service.scale, stored.ratings) : null,
      myRating: mine ? { ratingId: mine.id, score: mine.score, reasons: [...mine.reasons], comment: mine.comment } : null,
    };
  }

  async rate(serviceId: string, input: RatingInput, options?: RequestOptions): Promise<RatingReceipt> {
    options?.signal?.throwIfAborted();
    const data = parseInput(RatingInput, input);
    const stored = this.#service(serviceId);
    checkServiceOpen(stored.service);
    checkScore(stored.service.scale, data.score);
    let rating = stored.ratings.find((r) => r.participant === this.participantId);
    if (rating) {
      rating.score = data.score;
      rating.pageUrl = stripPageUrl(data.pageUrl) ?? rating.pageUrl;
    } else {
      rating = {
        id: this.#backend.nextId('r'),
        participant: this.participantId,
        score: data.score,
        reasons: [],
        comment: null,
        pageUrl: stripPageUrl(data.pageUrl),
        createdAt: this.#now().toISOString(),
      };
      stored.ratings.push(rating);
    }
    return this.#ratingChanged(serviceId, rating);
  }

  async amendRating(
    serviceId: string,
    ratingId: string,
    input: RatingFollowUp,
    options?: RequestOptions,
  ): Promise<RatingReceipt> {
    options?.signal?.throwIfAborted();
    parseInput(Slug, serviceId);
    const data = parseInput(RatingFollowUp, input);
    const stored = this.#service(serviceId);
    checkServiceOpen(stored.service);
    const rating = stored.ratings.find((r) => r.id === ratingId && r.participant === this.participantId);
    if (!rating) throw new NotFoundError('No such rating of yours');
    if (data.reasons) {
      checkReasons(stored.service.reasons, data.reasons);
      rating.reasons = [...new Set(data.reasons)];
    }
    if (data.comment !== undefined) {
      const comment = data.comment === null ? '' : normaliseText(data.comment);
      checkLength('comment', comment, stored.service.commentMaxLength);
      rating.comment = comment || null;
    }
    return this.#ratingChanged(serviceId, rating);
  }

  #ratingChanged(serviceId: string, rating: StoredRating): RatingReceipt {
    const stored = this.#service(serviceId);
    const agg = aggregate(stored.service.scale, stored.ratings);
    this.#backend.changed(
      ...(stored.service.publicAggregate ? [{ type: 'service.aggregate' as const, serviceId, aggregate: agg }] : []),
    );
    return {
      ratingId: rating.id,
      score: rating.score,
      reasons: [...rating.reasons],
      comment: rating.comment,
      pageUrl: rating.pageUrl,
      aggregate: stored.service.publicAggregate ? agg : null,
    };
  }

  #service(serviceId: string) {
    const stored = this.#backend.state.services[serviceId];
    if (!stored || stored.service.status === 'draft') throw new NotFoundError(`No service "${serviceId}"`);
    return stored;
  }

  // ----------------------------------------------------------- live updates

  subscribe(topics: readonly Topic[], listener: LiveListener): () => void {
    const { listeners } = this.#backend;
    for (const topic of topics) {
      let set = listeners.get(topic);
      if (!set) listeners.set(topic, (set = new Set()));
      set.add(listener);
    }
    return () => {
      for (const topic of topics) listeners.get(topic)?.delete(listener);
    };
  }
}

function pollResults(stored: { poll: { options: { id: string }[] }; votes: Record<string, string[]> }): PollResults {
  const votes = Object.values(stored.votes);
  return {
    counts: stored.poll.options.map((o) => ({ optionId: o.id, count: votes.filter((v) => v.includes(o.id)).length })),
    totalParticipants: votes.length,
  };
}

function confirmedCount(signatures: { status: string }[]): number {
  return signatures.filter((s) => s.status === 'confirmed').length;
}

/** Aggregates ratings on a scale. */
export function aggregate(scale: RatingScale, ratings: readonly { score: number }[]): RatingAggregate {
  const counts = new Map<number, number>();
  for (const r of ratings) counts.set(r.score, (counts.get(r.score) ?? 0) + 1);
  return aggregateCounts(scale, counts);
}

/** Aggregates from the number of ratings per score (what a grouped SQL query returns). */
export function aggregateCounts(scale: RatingScale, counts: ReadonlyMap<number, number>): RatingAggregate {
  const distribution = scaleScores(scale).map((score) => ({ score, count: counts.get(score) ?? 0 }));
  const count = distribution.reduce((n, d) => n + d.count, 0);
  const mean = count ? distribution.reduce((sum, d) => sum + d.score * d.count, 0) / count : null;
  return { count, average: scale === 'yesno' ? null : mean, yesShare: scale === 'yesno' ? mean : null, distribution };
}

function compareKeys(a: CursorKey, b: CursorKey): number {
  for (let i = 0; i < 3; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function randomId(): string {
  return globalThis.crypto.randomUUID().replace(/-/g, '');
}
