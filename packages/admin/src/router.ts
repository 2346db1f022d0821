/**
 * Hash routes (`#/content/polls/transport-2027`): the console is one static
 * page, so any path under /admin/ can be reloaded or bookmarked, and a
 * one-time token in the fragment (`#setup=…`) never reaches a server log.
 */
export interface Route {
  /** Path segments after `#/`, decoded. */
  path: string[];
  query: URLSearchParams;
  /** A one-time set-up token (`#setup=TOKEN`), if the page was opened from an invitation. */
  setupToken: string | null;
  /** A sign-in error code handed back by single sign-on (`#signin-error=CODE`). */
  signInError: string | null;
}

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const special = /^(setup|signin-error)=([A-Za-z0-9_-]+)$/.exec(raw);
  if (special)
    return {
      path: [],
      query: new URLSearchParams(),
      setupToken: special[1] === 'setup' ? special[2]! : null,
      signInError: special[1] === 'signin-error' ? special[2]! : null,
    };
  const [pathPart = '', queryPart = ''] = raw.replace(/^\//, '').split('?');
  const path = pathPart
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    });
  return { path, query: new URLSearchParams(queryPart), setupToken: null, signInError: null };
}

/** The hash for a route: `href('content', 'polls')` → `#/content/polls`. */
export function href(...segments: (string | number)[]): string {
  return `#/${segments.map((s) => encodeURIComponent(String(s))).join('/')}`;
}

export function navigate(hash: string): void {
  if (location.hash !== hash) location.hash = hash;
}
