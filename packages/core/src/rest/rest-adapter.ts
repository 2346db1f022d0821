import type * as z from 'zod/mini';
import type { Adapter, LiveListener, RequestOptions } from '../adapter.js';
import { CivicError, InvalidInputError } from '../errors.js';
import { SLUG_PATTERN } from '../text.js';
import type { Topic } from '../schemas/live.js';
import type { PollView, VoteInput } from '../schemas/poll.js';
import type { Comment, CommentPage, CommentQuery, CommentScore, NewComment, ReportInput, Thread } from '../schemas/thread.js';
import type { PetitionView, SignatureInput, SignatureReceipt } from '../schemas/petition.js';
import type { RatingFollowUp, RatingInput, RatingReceipt, ServiceView } from '../schemas/service.js';
import { schemas } from './lazy-schemas.js';
import { parseInput, parseResponse } from '../validate.js';
import { RETRYABLE_STATUS, type RetryPolicy, backoffDelay, sleep, transportError } from './http.js';
import type { LiveStream } from './live-stream.js';
import { browserVoterToken } from './participant.js';

export interface RestAdapterOptions {
  /** API base URL, e.g. `https://participate.example.gov/api/v1`. */
  endpoint: string;
  /** The `fetch` to use; defaults to the global one. */
  fetch?: typeof fetch;
  /** Per-attempt timeout. Default 10 000 ms. */
  timeoutMs?: number;
  /** Attempts after the first for network errors and 502/503/504. Default 2. */
  retries?: number;
  /** Base delay for exponential backoff with jitter. Default 300 ms. */
  retryDelayMs?: number;
  /** The participant token sent as `X-Civic-Voter`; defaults to one kept in `localStorage`. */
  voterToken?: string | (() => string);
}

type Schema = z.ZodMiniType;

interface Call<S extends Schema | null> {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  path: string;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  /** Schema of the answer (or its pending import); `null` for 204 answers. */
  schema: S | Promise<S>;
  signal?: AbortSignal | undefined;
}

const seg = (id: string) => encodeURIComponent(id);

/**
 * The adapter for the reference REST protocol (`/api/v1`, see docs/protocol.md).
 *
 * - Every request has a timeout; reads are retried on network errors and
 *   502/503/504 with exponential backoff and jitter.
 * - Every write carries an `Idempotency-Key` that stays the same across its
 *   retries, so a retried vote can never count twice.
 * - Every answer is validated: a malformed or hostile response becomes a
 *   `bad-response` error rather than reaching the UI.
 * - Problem responses (RFC 9457) become `CivicError`s with their `code`.
 */
export class RestAdapter implements Adapter {
  readonly endpoint: string;
  readonly #fetch: typeof fetch;
  readonly #timeoutMs: number;
  readonly #retry: RetryPolicy;
  readonly #voter: () => string;
  #stream: Promise<LiveStream> | null = null;

  constructor(options: RestAdapterOptions) {
    this.endpoint = options.endpoint.replace(/\/+$/, '');
    // Bind: some browsers throw "Illegal invocation" when fetch is called as a method.
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#timeoutMs = options.timeoutMs ?? 10_000;
    this.#retry = { retries: options.retries ?? 2, baseDelayMs: options.retryDelayMs ?? 300, maxDelayMs: 5_000 };
    const token = options.voterToken;
    this.#voter = typeof token === 'function' ? token : token ? () => token : () => browserVoterToken();
  }

  async getPoll(pollId: string, o?: RequestOptions): Promise<PollView> {
    const path = `/polls/${this.#id(pollId)}`;
    return this.#call({ method: 'GET', path, schema: schemas.poll().then((m) => m.PollView), signal: o?.signal });
  }

  async vote(pollId: string, input: VoteInput, o?: RequestOptions): Promise<PollView> {
    const path = `/polls/${this.#id(pollId)}/votes`;
    const m = await schemas.poll();
    const body = parseInput(m.VoteInput, input);
    return this.#call({ method: 'POST', path, body, schema: m.PollView, signal: o?.signal });
  }

  async getThread(threadId: string, o?: RequestOptions): Promise<Thread> {
    const path = `/threads/${this.#id(threadId)}`;
    return this.#call({ method: 'GET', path, schema: schemas.thread().then((m) => m.Thread), signal: o?.signal });
  }

  async listComments(threadId: string, query: CommentQuery = {}, o?: RequestOptions): Promise<CommentPage> {
    const path = `/threads/${this.#id(threadId)}/comments`;
    const m = await schemas.thread();
    const q = parseInput(m.CommentQuery, query);
    return this.#call({ method: 'GET', path, query: q, schema: m.CommentPage, signal: o?.signal });
  }

  async postComment(threadId: string, input: NewComment, o?: RequestOptions): Promise<Comment> {
    const path = `/threads/${this.#id(threadId)}/comments`;
    const m = await schemas.thread();
    const body = parseInput(m.NewComment, input);
    return this.#call({ method: 'POST', path, body, schema: m.Comment, signal: o?.signal });
  }

  async setUpvote(threadId: string, commentId: string, upvoted: boolean, o?: RequestOptions): Promise<CommentScore> {
    const path = `/threads/${this.#id(threadId)}/comments/${seg(commentId)}/upvote`;
    const schema = schemas.thread().then((m) => m.CommentScore);
    return this.#call({ method: upvoted ? 'PUT' : 'DELETE', path, schema, signal: o?.signal });
  }

  async reportComment(threadId: string, commentId: string, input: ReportInput, o?: RequestOptions): Promise<void> {
    const path = `/threads/${this.#id(threadId)}/comments/${seg(commentId)}/reports`;
    const body = parseInput((await schemas.thread()).ReportInput, input);
    await this.#call({ method: 'POST', path, body, schema: null, signal: o?.signal });
  }

  async getPetition(petitionId: string, o?: RequestOptions): Promise<PetitionView> {
    const path = `/petitions/${this.#id(petitionId)}`;
    return this.#call({ method: 'GET', path, schema: schemas.petition().then((m) => m.PetitionView), signal: o?.signal });
  }

  async signPetition(petitionId: string, input: SignatureInput, o?: RequestOptions): Promise<SignatureReceipt> {
    const path = `/petitions/${this.#id(petitionId)}/signatures`;
    const m = await schemas.petition();
    const body = parseInput(m.SignatureInput, input);
    return this.#call({ method: 'POST', path, body, schema: m.SignatureReceipt, signal: o?.signal });
  }

  async getService(serviceId: string, o?: RequestOptions): Promise<ServiceView> {
    const path = `/services/${this.#id(serviceId)}`;
    return this.#call({ method: 'GET', path, schema: schemas.service().then((m) => m.ServiceView), signal: o?.signal });
  }

  async rate(serviceId: string, input: RatingInput, o?: RequestOptions): Promise<RatingReceipt> {
    const path = `/services/${this.#id(serviceId)}/ratings`;
    const m = await schemas.service();
    const body = parseInput(m.RatingInput, input);
    return this.#call({ method: 'POST', path, body, schema: m.RatingReceipt, signal: o?.signal });
  }

  async amendRating(serviceId: string, ratingId: string, input: RatingFollowUp, o?: RequestOptions): Promise<RatingReceipt> {
    const path = `/services/${this.#id(serviceId)}/ratings/${seg(ratingId)}`;
    const m = await schemas.service();
    const body = parseInput(m.RatingFollowUp, input);
    return this.#call({ method: 'PATCH', path, body, schema: m.RatingReceipt, signal: o?.signal });
  }

  subscribe(topics: readonly Topic[], listener: LiveListener): () => void {
    // The live machinery loads with the first subscription, after the content is shown.
    this.#stream ??= import('./live-stream.js').then(
      ({ LiveStream }) =>
        new LiveStream({
          url: `${this.endpoint}/stream`,
          fetch: this.#fetch,
          reconnect: { retries: Infinity, baseDelayMs: Math.max(this.#retry.baseDelayMs, 1), maxDelayMs: 30_000 },
        }),
    );
    let stop: (() => void) | null = null;
    let cancelled = false;
    void this.#stream.then((stream) => {
      if (!cancelled) stop = stream.add(topics, listener);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }

  /** Closes the live connection, if any. */
  close(): void {
    void this.#stream?.then((stream) => stream.close());
    this.#stream = null;
  }

  /** Ids are validated before they reach a URL. */
  #id(id: string): string {
    if (typeof id !== 'string' || !SLUG_PATTERN.test(id)) {
      throw new InvalidInputError(`Not a valid id: ${JSON.stringify(id)}`, {
        fieldErrors: [{ path: 'id', message: 'Must be a slug' }],
      });
    }
    return seg(id);
  }

  async #call<S extends z.ZodMiniType | null>(call: Call<S>): Promise<S extends z.ZodMiniType ? z.output<S> : void> {
    const url = new URL(this.endpoint + call.path, globalThis.location?.href ?? undefined);
    for (const [key, value] of Object.entries(call.query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    const headers: Record<string, string> = { accept: 'application/json', 'x-civic-voter': this.#voter() };
    const write = call.method !== 'GET';
    if (write) headers['idempotency-key'] = globalThis.crypto.randomUUID();
    if (call.body !== undefined) headers['content-type'] = 'application/json';
    const init = {
      method: call.method,
      headers,
      credentials: 'omit' as const,
      ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
    };

    for (let attempt = 0; ; attempt++) {
      const canRetry = attempt < this.#retry.retries;
      call.signal?.throwIfAborted();
      const timeout = new AbortController();
      const timer = setTimeout(() => timeout.abort(), this.#timeoutMs);
      const signal = call.signal ? AbortSignal.any([call.signal, timeout.signal]) : timeout.signal;
      let response: Response;
      try {
        response = await this.#fetch(url, { ...init, signal });
      } catch (error) {
        clearTimeout(timer);
        call.signal?.throwIfAborted();
        const failure = transportError(error, timeout.signal.aborted);
        if (!canRetry) throw failure;
        await sleep(backoffDelay(attempt, this.#retry), call.signal);
        continue;
      }
      clearTimeout(timer);
      if (RETRYABLE_STATUS.has(response.status) && canRetry) {
        await response.body?.cancel().catch(() => undefined);
        await sleep(backoffDelay(attempt, this.#retry), call.signal);
        continue;
      }
      if (!response.ok) throw await (await import('./response-error.js')).responseError(response);
      return (await this.#parse(response, call.schema)) as S extends z.ZodMiniType ? z.output<S> : void;
    }
  }

  async #parse(response: Response, pending: Schema | null | Promise<Schema | null>): Promise<unknown> {
    const schema = await pending;
    if (schema === null) return undefined;
    let json: unknown;
    try {
      json = await response.json();
    } catch (error) {
      throw new CivicError('bad-response', 'The server sent an answer that is not JSON', {
        status: response.status,
        cause: error,
      });
    }
    return parseResponse(schema, json);
  }
}
