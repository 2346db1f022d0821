import type { Adapter, LiveListener, RequestOptions } from '../adapter.js';
import { InvalidInputError } from '../errors.js';
import type { Seed } from '../schemas/definitions.js';
import type { LiveEvent } from '../schemas/live.js';
import type { PollView, VoteInput } from '../schemas/poll.js';
import type { Comment, CommentPage, CommentQuery, CommentScore, NewComment, ReportInput, Thread } from '../schemas/thread.js';
import type { PetitionView, SignatureInput, SignatureReceipt } from '../schemas/petition.js';
import type { RatingFollowUp, RatingInput, RatingReceipt, ServiceView } from '../schemas/service.js';
import { type Topic, topicOf } from '../topics.js';
import { type Backend, KINDS, type Kind, type MemoryState, type OutboxMessage, emptyState, randomId } from './state.js';

export { aggregate, aggregateCounts } from './aggregate.js';

export interface MemoryAdapterOptions {
  /**
   * Content to start with (ignored when persisted state is found): the seed-file
   * format, `{ polls, threads, petitions, services }`, each a list of definitions
   * (`PollDefinition`…). Each kind is checked when it is first used: an invalid
   * definition makes the calls for that kind reject with `InvalidInputError`.
   */
  seed?: Seed;
  /** Identifies the participant; defaults to a random id. */
  participantId?: string;
  /** Keeps the state in `localStorage` (or the given storage) under `key`. */
  persist?: { key: string; storage?: Pick<Storage, 'getItem' | 'setItem'> };
  /** The clock; tests move it to check opening and closing times. */
  now?: () => Date;
}

/*
 * The code for each kind of resource, loaded on first use: with a bundler, a
 * page with one poll downloads the poll rules and schemas, never those of
 * comments, petitions or ratings, and the validator only when it is needed.
 */
const kinds = {
  polls: () => import('./polls.js'),
  threads: () => import('./threads.js'),
  petitions: () => import('./petitions.js'),
  services: () => import('./services.js'),
};
type Domain<K extends Kind> = Awaited<ReturnType<(typeof kinds)[K]>>;

/** The shared state behind every participant's MemoryAdapter. */
class MemoryBackend implements Backend {
  state: MemoryState;
  readonly listeners = new Map<Topic, Set<LiveListener>>();
  readonly #seed: Partial<Record<Kind, unknown>>;
  readonly #loading: Partial<Record<Kind, Promise<unknown>>> = {};
  readonly #loaded: Partial<Record<Kind, unknown>> = {};

  constructor(
    readonly now: () => Date,
    readonly persist: MemoryAdapterOptions['persist'],
    seed: Seed | undefined,
  ) {
    this.#seed = checkSeed(seed);
    this.state = (persist && readPersisted(persist)) || emptyState();
  }

  /**
   * Runs `call` with the code for a kind, loading it and its seed the first
   * time; once loaded, at once, so a call takes no longer than it ever did.
   */
  with<K extends Kind, R>(kind: K, call: (domain: Domain<K>) => Promise<R>): Promise<R> {
    const loaded = this.#loaded[kind] as Domain<K> | undefined;
    if (loaded) return call(loaded);
    this.#loading[kind] ??= kinds[kind]().then((domain) => {
      const seeded = (this.state.seeded ??= []);
      if (!seeded.includes(kind)) {
        domain.seed(this.state, this.#seed[kind], this.now());
        seeded.push(kind);
      }
      return (this.#loaded[kind] = domain);
    });
    return (this.#loading[kind] as Promise<Domain<K>>).then(call);
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

/** The seed's shape, checked at once (its definitions are checked with their kind's schemas on first use). */
function checkSeed(seed: unknown): Partial<Record<Kind, unknown>> {
  if (seed === undefined) return {};
  const invalid = (path: string, message: string) =>
    new InvalidInputError(`${path || 'seed'}: ${message}`, { fieldErrors: [{ path, message }] });
  if (!seed || typeof seed !== 'object' || Array.isArray(seed)) throw invalid('', 'Expected an object');
  for (const [key, value] of Object.entries(seed)) {
    if (!KINDS.includes(key as Kind)) throw invalid(key, `Unrecognized key: expected ${KINDS.join(', ')}`);
    if (value !== undefined && !Array.isArray(value)) throw invalid(key, 'Expected an array');
  }
  return seed as Partial<Record<Kind, unknown>>;
}

function readPersisted(persist: NonNullable<MemoryAdapterOptions['persist']>): MemoryState | null {
  try {
    const raw = (persist.storage ?? globalThis.localStorage)?.getItem(persist.key);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    if (!parsed || typeof parsed !== 'object' || (parsed as MemoryState).version !== 1) return null;
    const state = parsed as MemoryState;
    // Saved before seeding was lazy: every kind was seeded.
    state.seeded ??= [...KINDS];
    return state;
  } catch {
    return null;
  }
}

/**
 * The whole protocol in memory: a backend for demos, prototypes and tests, no
 * server needed. Every rule of the `Adapter` contract holds, and it passes the
 * conformance suite. Call {@link MemoryAdapter.asParticipant} for a second
 * participant on the same data.
 *
 * The rules and schemas of each kind of resource load on its first use (as
 * `RestAdapter` loads schemas), so the adapter itself adds little to a page.
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
      signature.confirmedAt = this.#backend.now().toISOString();
      const petitionId = stored.petition.id;
      const signatureCount = stored.signatures.filter((s) => s.status === 'confirmed').length;
      this.#backend.changed({ type: 'petition.count', petitionId, signatureCount });
      return true;
    }
    return false;
  }

  // ---------------------------------------------------------------- polls

  getPoll(pollId: string, options?: RequestOptions): Promise<PollView> {
    return this.#backend.with('polls', (d) => d.getPoll(this.#backend, this.participantId, pollId, options));
  }

  vote(pollId: string, input: VoteInput, options?: RequestOptions): Promise<PollView> {
    return this.#backend.with('polls', (d) => d.vote(this.#backend, this.participantId, pollId, input, options));
  }

  // -------------------------------------------------------------- threads

  getThread(threadId: string, options?: RequestOptions): Promise<Thread> {
    return this.#backend.with('threads', (d) => d.getThread(this.#backend, this.participantId, threadId, options));
  }

  listComments(threadId: string, query?: CommentQuery, options?: RequestOptions): Promise<CommentPage> {
    return this.#backend.with('threads', (d) => d.listComments(this.#backend, this.participantId, threadId, query, options));
  }

  postComment(threadId: string, input: NewComment, options?: RequestOptions): Promise<Comment> {
    return this.#backend.with('threads', (d) => d.postComment(this.#backend, this.participantId, threadId, input, options));
  }

  setUpvote(threadId: string, commentId: string, upvoted: boolean, options?: RequestOptions): Promise<CommentScore> {
    return this.#backend.with('threads', (d) =>
      d.setUpvote(this.#backend, this.participantId, threadId, commentId, upvoted, options),
    );
  }

  reportComment(threadId: string, commentId: string, input: ReportInput, options?: RequestOptions): Promise<void> {
    return this.#backend.with('threads', (d) =>
      d.reportComment(this.#backend, this.participantId, threadId, commentId, input, options),
    );
  }

  deleteComment(threadId: string, commentId: string, options?: RequestOptions): Promise<void> {
    return this.#backend.with('threads', (d) => d.deleteComment(this.#backend, this.participantId, threadId, commentId, options));
  }

  // ------------------------------------------------------------ petitions

  getPetition(petitionId: string, options?: RequestOptions): Promise<PetitionView> {
    return this.#backend.with('petitions', (d) => d.getPetition(this.#backend, this.participantId, petitionId, options));
  }

  signPetition(petitionId: string, input: SignatureInput, options?: RequestOptions): Promise<SignatureReceipt> {
    return this.#backend.with('petitions', (d) => d.signPetition(this.#backend, this.participantId, petitionId, input, options));
  }

  // ------------------------------------------------------------- services

  getService(serviceId: string, options?: RequestOptions): Promise<ServiceView> {
    return this.#backend.with('services', (d) => d.getService(this.#backend, this.participantId, serviceId, options));
  }

  rate(serviceId: string, input: RatingInput, options?: RequestOptions): Promise<RatingReceipt> {
    return this.#backend.with('services', (d) => d.rate(this.#backend, this.participantId, serviceId, input, options));
  }

  amendRating(serviceId: string, ratingId: string, input: RatingFollowUp, options?: RequestOptions): Promise<RatingReceipt> {
    return this.#backend.with('services', (d) =>
      d.amendRating(this.#backend, this.participantId, serviceId, ratingId, input, options),
    );
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
