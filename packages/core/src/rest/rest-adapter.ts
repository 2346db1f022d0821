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
  /**
   * The verified participant's identity token (a short-lived JWT from the
   * agency's own site), asked for before each write and sent as
   * `X-Civic-Identity`; nothing is sent when it gives none.
   */
  identity?: () => Promise<string | null | undefined> | string | null | undefined;
  /**
   * Where the server checks writes with a captcha service instead of its
   * proof of work: gets a token from the provider's widget (the site's own),
   * sent as `X-Civic-Challenge`; without it, or when it gives none, such a
   * write fails with `challenge-required`.
   */
  challenge?: CaptchaSolver;
}

/** What a server that uses a captcha service asks for, and the site's way to get its token. */
export interface CaptchaRequest {
  provider: 'turnstile' | 'hcaptcha' | 'friendly-captcha';
  siteKey: string;
}
export type CaptchaSolver = (request: CaptchaRequest) => Promise<string | null | undefined> | string | null | undefined;

type Schema = z.ZodMiniType;
type Resource = 'poll' | 'thread' | 'petition' | 'service';

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
  readonly #identity: RestAdapterOptions['identity'];
  readonly #captcha: CaptchaSolver | undefined;
  #stream: Promise<LiveStream> | null = null;

  constructor(options: RestAdapterOptions) {
    this.endpoint = options.endpoint.replace(/\/+$/, '');
    // Bind: some browsers throw "Illegal invocation" when fetch is called as a method.
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#timeoutMs = options.timeoutMs ?? 10_000;
    this.#retry = { retries: options.retries ?? 2, baseDelayMs: options.retryDelayMs ?? 300, maxDelayMs: 5_000 };
    const token = options.voterToken;
    this.#identity = options.identity;
    this.#captcha = options.challenge;
    this.#voter = typeof token === 'function' ? token : token ? () => token : () => browserVoterToken();
  }

  async getPoll(pollId: string, o?: RequestOptions): Promise<PollView> {
    return this.#get('poll', 'PollView', `/polls/${this.#id(pollId)}`, o);
  }

  async vote(pollId: string, input: VoteInput, o?: RequestOptions): Promise<PollView> {
    return this.#send('POST', 'poll', 'VoteInput', input, 'PollView', `/polls/${this.#id(pollId)}/votes`, o);
  }

  async getThread(threadId: string, o?: RequestOptions): Promise<Thread> {
    return this.#get('thread', 'Thread', `/threads/${this.#id(threadId)}`, o);
  }

  async listComments(threadId: string, query: CommentQuery = {}, o?: RequestOptions): Promise<CommentPage> {
    const path = `/threads/${this.#id(threadId)}/comments`;
    const m = await schemas.thread();
    return this.#call({
      method: 'GET',
      path,
      query: parseInput(m.CommentQuery, query),
      schema: m.CommentPage,
      signal: o?.signal,
    });
  }

  async postComment(threadId: string, input: NewComment, o?: RequestOptions): Promise<Comment> {
    return this.#send('POST', 'thread', 'NewComment', input, 'Comment', `/threads/${this.#id(threadId)}/comments`, o);
  }

  async setUpvote(threadId: string, commentId: string, upvoted: boolean, o?: RequestOptions): Promise<CommentScore> {
    const path = `/threads/${this.#id(threadId)}/comments/${seg(commentId)}/upvote`;
    return this.#send(upvoted ? 'PUT' : 'DELETE', 'thread', null, undefined, 'CommentScore', path, o);
  }

  async reportComment(threadId: string, commentId: string, input: ReportInput, o?: RequestOptions): Promise<void> {
    const path = `/threads/${this.#id(threadId)}/comments/${seg(commentId)}/reports`;
    await this.#send('POST', 'thread', 'ReportInput', input, null, path, o);
  }

  async deleteComment(threadId: string, commentId: string, o?: RequestOptions): Promise<void> {
    const path = `/threads/${this.#id(threadId)}/comments/${seg(commentId)}`;
    await this.#send('DELETE', 'thread', null, undefined, null, path, o);
  }

  async getPetition(petitionId: string, o?: RequestOptions): Promise<PetitionView> {
    return this.#get('petition', 'PetitionView', `/petitions/${this.#id(petitionId)}`, o);
  }

  async signPetition(petitionId: string, input: SignatureInput, o?: RequestOptions): Promise<SignatureReceipt> {
    return this.#send(
      'POST',
      'petition',
      'SignatureInput',
      input,
      'SignatureReceipt',
      `/petitions/${this.#id(petitionId)}/signatures`,
      o,
    );
  }

  async getService(serviceId: string, o?: RequestOptions): Promise<ServiceView> {
    return this.#get('service', 'ServiceView', `/services/${this.#id(serviceId)}`, o);
  }

  async rate(serviceId: string, input: RatingInput, o?: RequestOptions): Promise<RatingReceipt> {
    return this.#send('POST', 'service', 'RatingInput', input, 'RatingReceipt', `/services/${this.#id(serviceId)}/ratings`, o);
  }

  async amendRating(serviceId: string, ratingId: string, input: RatingFollowUp, o?: RequestOptions): Promise<RatingReceipt> {
    const path = `/services/${this.#id(serviceId)}/ratings/${seg(ratingId)}`;
    return this.#send('PATCH', 'service', 'RatingFollowUp', input, 'RatingReceipt', path, o);
  }

  /** A read: the request starts while the resource's schemas load. */
  #get<T>(resource: Resource, answer: string, path: string, o?: RequestOptions): Promise<T> {
    const schema = schemas[resource]().then((m) => (m as unknown as Record<string, Schema>)[answer] as Schema);
    return this.#call({ method: 'GET', path, schema, signal: o?.signal }) as Promise<T>;
  }

  /** A write: the input is validated before anything is sent. */
  async #send<T>(
    method: Call<Schema>['method'],
    resource: Resource,
    inputSchema: string | null,
    input: unknown,
    answer: string | null,
    path: string,
    o?: RequestOptions,
  ): Promise<T> {
    const m = (await schemas[resource]()) as unknown as Record<string, Schema>;
    const body = inputSchema ? parseInput(m[inputSchema] as Schema, input) : undefined;
    return this.#call({ method, path, body, schema: answer ? (m[answer] as Schema) : null, signal: o?.signal }) as Promise<T>;
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
    if (write) {
      headers['idempotency-key'] = globalThis.crypto.randomUUID();
      const identity = await this.#identity?.();
      if (identity) headers['x-civic-identity'] = identity;
    }
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
      if (!response.ok) {
        // `null`: asked for a proof of work, solved; the same request goes again.
        const error = await (await import('./response-error.js')).failure(response, headers, call.signal, this.#captcha);
        if (error) throw error;
        attempt--;
        continue;
      }
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
