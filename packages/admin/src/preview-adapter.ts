import {
  type Adapter,
  CivicError,
  type CommentPage,
  type CommentQuery,
  CommentPage as CommentPageSchema,
  type PetitionView,
  PetitionView as PetitionViewSchema,
  type PollView,
  PollView as PollViewSchema,
  Problem,
  type RequestOptions,
  type ServiceView,
  ServiceView as ServiceViewSchema,
  type Thread,
  Thread as ThreadSchema,
  civicError,
  codeForStatus,
  parseResponse,
} from '@civic-widgets/core';

/**
 * What every write of a preview rejects with: nothing a member of staff does
 * in a preview is sent. Its code is `unauthorised` (the console may not write
 * as a participant); the console says "preview" in words beside the widget.
 */
export class PreviewError extends CivicError {
  constructor(action: string) {
    super('unauthorised', `This is a preview in the console: ${action} is not sent. Citizens do this on your site.`);
    this.name = 'PreviewError';
  }
}

export interface PreviewAdapterOptions {
  /** The admin API (the session cookie authenticates). */
  admin?: string;
  /** The public API, for a thread's comments. */
  api?: string;
  fetch?: typeof fetch;
}

const seg = (id: string) => encodeURIComponent(id);

/**
 * A read-only `Adapter` for the console's previews: the real widget shows a
 * poll, thread, petition or service as a citizen who has not acted yet sees
 * it, drafts included, from the admin preview endpoints
 * (`GET /api/v1/admin/<kind>/<id>/preview`); a thread's comments come from the
 * public API. Every write rejects with a `PreviewError`, and there are no live
 * updates. Answers are checked against the protocol's schemas like the REST
 * adapter's.
 */
export class PreviewAdapter implements Adapter {
  readonly #admin: string;
  readonly #api: string;
  readonly #fetch: typeof fetch;

  constructor(options: PreviewAdapterOptions = {}) {
    this.#admin = (options.admin ?? '/api/v1/admin').replace(/\/+$/, '');
    this.#api = (options.api ?? '/api/v1').replace(/\/+$/, '');
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  async getPoll(pollId: string, o?: RequestOptions): Promise<PollView> {
    return parseResponse(PollViewSchema, await this.#get(`${this.#admin}/polls/${seg(pollId)}/preview`, o));
  }

  async getThread(threadId: string, o?: RequestOptions): Promise<Thread> {
    return parseResponse(ThreadSchema, await this.#get(`${this.#admin}/threads/${seg(threadId)}/preview`, o));
  }

  async listComments(threadId: string, query: CommentQuery = {}, o?: RequestOptions): Promise<CommentPage> {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== null) params.set(key, String(value));
    const search = params.toString();
    const url = `${this.#api}/threads/${seg(threadId)}/comments${search ? `?${search}` : ''}`;
    return parseResponse(CommentPageSchema, await this.#get(url, o));
  }

  async getPetition(petitionId: string, o?: RequestOptions): Promise<PetitionView> {
    return parseResponse(PetitionViewSchema, await this.#get(`${this.#admin}/petitions/${seg(petitionId)}/preview`, o));
  }

  async getService(serviceId: string, o?: RequestOptions): Promise<ServiceView> {
    return parseResponse(ServiceViewSchema, await this.#get(`${this.#admin}/services/${seg(serviceId)}/preview`, o));
  }

  vote(): Promise<never> {
    return Promise.reject(new PreviewError('a vote'));
  }
  postComment(): Promise<never> {
    return Promise.reject(new PreviewError('a comment'));
  }
  setUpvote(): Promise<never> {
    return Promise.reject(new PreviewError('an upvote'));
  }
  reportComment(): Promise<never> {
    return Promise.reject(new PreviewError('a report'));
  }
  signPetition(): Promise<never> {
    return Promise.reject(new PreviewError('a signature'));
  }
  rate(): Promise<never> {
    return Promise.reject(new PreviewError('a rating'));
  }
  amendRating(): Promise<never> {
    return Promise.reject(new PreviewError('a rating'));
  }

  async #get(url: string, o?: RequestOptions): Promise<unknown> {
    let res: Response;
    try {
      res = await this.#fetch(url, {
        headers: { accept: 'application/json' },
        credentials: 'same-origin',
        ...(o?.signal ? { signal: o.signal } : {}),
      });
    } catch (error) {
      if (o?.signal?.aborted) throw o.signal.reason;
      throw civicError('network', 'The preview could not be loaded', { cause: error });
    }
    const body: unknown = await res.json().catch(() => null);
    if (res.ok) return body;
    const problem = Problem.safeParse(body);
    if (problem.success)
      throw civicError(problem.data.code, problem.data.detail ?? problem.data.title, {
        status: res.status,
        problem: problem.data,
      });
    throw civicError(codeForStatus(res.status), `HTTP ${res.status}`, { status: res.status });
  }
}
