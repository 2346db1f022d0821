/**
 * The admin API as the console uses it: same origin, the session cookie sent
 * by the browser, and the session's CSRF token on every change. Errors are
 * RFC 9457 problems turned into `ApiError`s with their field errors, so forms
 * can show each message beside its field.
 */

export interface FieldError {
  path: string;
  message: string;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(message);
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export class AdminApi {
  /** Sent back with every change; set when signed in. */
  csrfToken = '';
  /** Called when the session has ended (401), so the console can show the sign-in page. */
  onSignedOut: () => void = () => undefined;

  constructor(readonly base = '/api/v1/admin') {}

  get<T>(path: string, query?: Record<string, string | number | boolean | undefined>): Promise<T> {
    return this.request<T>('GET', path + queryString(query));
  }
  post<T>(path: string, body?: unknown): Promise<T> {
    return this.request<T>('POST', path, body);
  }
  put<T>(path: string, body?: unknown): Promise<T> {
    return this.request<T>('PUT', path, body);
  }
  patch<T>(path: string, body?: unknown): Promise<T> {
    return this.request<T>('PATCH', path, body);
  }
  delete<T>(path: string, query?: Record<string, string>): Promise<T> {
    return this.request<T>('DELETE', path + queryString(query));
  }

  /** The public API's live stream (Server-Sent Events) of these topics, beside the admin API. */
  streamHref(topics: string[]): string {
    return `${this.base.replace(/\/admin$/, '')}/stream?topics=${encodeURIComponent(topics.join(','))}`;
  }

  /** A URL for a download (CSV or JSON export) that the browser fetches with the session cookie. */
  href(path: string, query?: Record<string, string | number | boolean | undefined>): string {
    return this.base + path + queryString(query);
  }

  async request<T>(method: Method, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET' && this.csrfToken) headers['x-csrf-token'] = this.csrfToken;
    let res: Response;
    try {
      res = await fetch(this.base + path, {
        method,
        headers,
        credentials: 'same-origin',
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    } catch {
      throw new ApiError(0, 'network', 'The server could not be reached. Check your connection and try again.');
    }
    if (res.status === 204) return undefined as T;
    const type = res.headers.get('content-type') ?? '';
    const data: unknown = type.includes('json') ? await res.json().catch(() => null) : await res.text();
    if (res.ok) return data as T;
    const problem = (data ?? {}) as { code?: string; detail?: string; errors?: FieldError[] };
    if (res.status === 401 && !path.startsWith('/session')) this.onSignedOut();
    throw new ApiError(res.status, problem.code ?? 'server', problem.detail ?? res.statusText, problem.errors ?? []);
  }
}

function queryString(query?: Record<string, string | number | boolean | undefined>): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The shapes the console reads (see openapi.json for the full protocol). */
export type Role = 'admin' | 'editor' | 'moderator' | 'analyst';
export interface StaffView {
  id: number;
  email: string;
  name: string;
  role: Role;
  status: 'invited' | 'active' | 'disabled';
  createdAt: string;
  lastSignInAt: string | null;
  signsInWith: ('password' | 'oidc')[];
}
export interface SessionView {
  staff: StaffView;
  csrfToken: string;
}

/** What each role may do, as the server decides it (auth/roles.ts): the console only hides what would be refused. */
export const CAN = {
  contentWrite: ['admin', 'editor'],
  moderation: ['admin', 'moderator'],
  signatures: ['admin', 'editor'],
  responses: ['admin', 'editor'],
  staff: ['admin'],
  sites: ['admin'],
  audit: ['admin'],
  personalData: ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export function can(role: Role | undefined, what: keyof typeof CAN): boolean {
  return role !== undefined && (CAN[what] as readonly Role[]).includes(role);
}
