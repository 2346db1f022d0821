import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ServerConfig } from '../config.js';
import type { Context } from '../domain/context.js';
import {
  type Confirmation,
  type Withdrawal,
  confirmSignature,
  inspectConfirmation,
  inspectWithdrawal,
  withdrawSignature,
} from '../domain/petitions.js';
import { type UpdatesStop, inspectStop, stopUpdates } from '../domain/signer-updates.js';
import {
  type ReplyConfirmation,
  type ReplyStop,
  confirmReplies,
  inspectReplyConfirmation,
  inspectReplyStop,
  stopReplies,
} from '../domain/reply-mail.js';
import { type Lang, daysIn, langFromHeader, messages, pickLang, translator } from '../i18n/index.js';
import { renderConfirmPage } from './confirm-page.js';

export interface ConfirmRouteOptions {
  ctx: Context;
  config: ServerConfig;
  /** Whether pages of `origin` may change data here (the app's origin rule): the page links back only to those. */
  isAllowed(origin: string): boolean;
  /** Whether `origin` is the server's own (the confirmation page's). */
  isOwnOrigin(origin: string): boolean;
}

type Request = FastifyRequest<{ Params: { token: string } }>;

const DAY_MS = 86_400_000;

/**
 * The link in a confirmation e-mail. Opening it (GET) only shows a page with a
 * "Confirm my signature" button: mail scanners that fetch links confirm
 * nothing. The button posts to the same URL, whose token is the secret; the
 * POST must come from that page (same origin), and only it confirms.
 */
export async function confirmRoutes(
  api: FastifyInstance,
  { ctx, config, isAllowed, isOwnOrigin }: ConfirmRouteOptions,
): Promise<void> {
  // The pages' forms send a short urlencoded body (the confirmation page's opt-in to updates; one-click
  // unsubscribes send List-Unsubscribe=One-Click): read as plain fields, and only these routes accept it.
  api.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 1024 }, (_request, body, done) =>
    done(null, Object.fromEntries(new URLSearchParams(String(body)))),
  );
  // RFC 8058 lets mail providers post the one-click body as multipart/form-data too: any other short body
  // is read and ignored (these routes act on their URL alone).
  api.addContentTypeParser('*', { parseAs: 'string', bodyLimit: 4096 }, (_request, _body, done) => done(null, {}));

  api.get<{ Params: { token: string } }>(
    '/confirm/:token',
    { config: { rateLimit: { max: config.rateLimit.reads, timeWindow: 60_000 } } },
    async (request, reply) => respond(request, reply, await inspectConfirmation(ctx, request.params.token)),
  );

  api.post<{ Params: { token: string } }>(
    '/confirm/:token',
    { config: { rateLimit: { max: config.rateLimit.writes, timeWindow: 60_000 } } },
    async (request, reply) => {
      if (!fromOwnPage(request)) return respond(request, reply, null);
      const updates = (request.body as Record<string, string> | undefined)?.['updates'] === '1';
      return respond(request, reply, await confirmSignature(ctx, request.params.token, { updates }));
    },
  );

  // The same token under /withdraw/: the signer takes the signature back (same rules: GET shows, the page's POST acts).
  api.get<{ Params: { token: string } }>(
    '/withdraw/:token',
    { config: { rateLimit: { max: config.rateLimit.reads, timeWindow: 60_000 } } },
    async (request, reply) => respondWithdrawal(request, reply, await inspectWithdrawal(ctx, request.params.token)),
  );

  api.post<{ Params: { token: string } }>(
    '/withdraw/:token',
    { config: { rateLimit: { max: config.rateLimit.writes, timeWindow: 60_000 } } },
    async (request, reply) => {
      if (!fromOwnPage(request)) return respondWithdrawal(request, reply, null);
      return respondWithdrawal(request, reply, await withdrawSignature(ctx, request.params.token));
    },
  );

  // The link at the end of every update mail: GET shows a page with a button; a POST stops the mails —
  // from that page, or from a mail provider's one-click unsubscribe (RFC 8058), whose POST comes from
  // nowhere in particular: the keyed reference in the URL is the credential, and stopping mail is all it can do.
  api.get<{ Params: { token: string } }>(
    '/updates/:token',
    { config: { rateLimit: { max: config.rateLimit.reads, timeWindow: 60_000 } } },
    async (request, reply) => respondStop(request, reply, await inspectStop(ctx, request.params.token)),
  );
  api.post<{ Params: { token: string } }>(
    '/updates/:token',
    { config: { rateLimit: { max: config.rateLimit.writes, timeWindow: 60_000 } } },
    async (request, reply) => respondStop(request, reply, await stopUpdates(ctx, request.params.token)),
  );

  // E-mails about replies: the confirmation link (GET shows, the page's POST confirms) and the stop link
  // in every digest (GET shows, any POST stops — with `all=1` from its page, every discussion).
  api.get<{ Params: { token: string } }>(
    '/replies/confirm/:token',
    { config: { rateLimit: { max: config.rateLimit.reads, timeWindow: 60_000 } } },
    async (request, reply) => respondReplyConfirmation(request, reply, await inspectReplyConfirmation(ctx, request.params.token)),
  );
  api.post<{ Params: { token: string } }>(
    '/replies/confirm/:token',
    { config: { rateLimit: { max: config.rateLimit.writes, timeWindow: 60_000 } } },
    async (request, reply) => {
      if (!fromOwnPage(request)) return respondReplyConfirmation(request, reply, null);
      return respondReplyConfirmation(request, reply, await confirmReplies(ctx, request.params.token));
    },
  );
  api.get<{ Params: { token: string } }>(
    '/replies/stop/:token',
    { config: { rateLimit: { max: config.rateLimit.reads, timeWindow: 60_000 } } },
    async (request, reply) => respondReplyStop(request, reply, await inspectReplyStop(ctx, request.params.token)),
  );
  api.post<{ Params: { token: string } }>(
    '/replies/stop/:token',
    { config: { rateLimit: { max: config.rateLimit.writes, timeWindow: 60_000 } } },
    async (request, reply) => {
      const all = (request.body as Record<string, string> | undefined)?.['all'] === '1';
      return respondReplyStop(request, reply, await stopReplies(ctx, request.params.token, all));
    },
  );

  /**
   * Whether a POST comes from the confirmation page itself. Browsers say so
   * with `Sec-Fetch-Site` (older ones only with `Origin`); requests from
   * outside a browser send neither, and have the token anyway. Origins that
   * may write elsewhere in the API (CIVIC_ALLOWED_ORIGINS) may not confirm.
   */
  function fromOwnPage(request: Request): boolean {
    const site = request.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
    const origin = request.headers.origin;
    // The server's own origin only (CIVIC_PUBLIC_URL, or loopback without it), never the Host
    // header: under DNS rebinding an attacker's name reaches this server in both.
    return origin === undefined || isOwnOrigin(origin);
  }

  /** The page for `confirmation`; `null` for a refused POST. */
  function respond(request: Request, reply: FastifyReply, confirmation: Confirmation | null) {
    const lang = langOf(request, confirmation);
    const t = translator(lang);
    const state = confirmation?.state ?? 'refused';
    const duration = daysIn(lang, Math.round(config.signing.linkTtlMs / DAY_MS));
    const [status, title, message] = {
      refused: [403, t('page.refused.title'), t('page.refused.body')],
      unknown: [404, t('page.unknown.title'), t('page.unknown.body')],
      expired: [410, t('page.expired.title'), t('page.expired.body', { duration })],
      closed: [423, t('page.closed.title'), t('page.closed.body')],
      pending: [200, t('page.confirm.title'), t('page.confirm.intro')],
      confirmed: [200, t('page.confirmed.title'), t('page.confirmed.body')],
      'already-confirmed': [200, t('page.already.title'), t('page.already.body')],
    }[state] as [number, string, string];
    const petitionTitle = confirmation?.petitionTitle ?? null;
    // Back to the page where they signed, only on an origin that may embed the widgets (and not for drafts).
    const back = petitionTitle !== null && confirmation?.sourceUrl && isAllowed(originOf(confirmation.sourceUrl));
    const signed = state === 'confirmed' || state === 'already-confirmed';
    const links = [
      ...(back && state !== 'pending' ? [{ href: confirmation.sourceUrl!, text: t('page.back') }] : []),
      // Changed their mind: the same token withdraws, from its own page.
      ...(signed ? [{ href: `../withdraw/${encodeURIComponent(request.params.token)}`, text: t('page.withdraw.button') }] : []),
      ...homeLink(t),
    ];
    return send(reply, status, {
      lang,
      title,
      message,
      petition: petitionTitle === null ? null : { template: messages(lang)['page.petition'], title: petitionTitle },
      button: state === 'pending' ? t('page.confirm.button') : null,
      checkbox: state === 'pending' ? { name: 'updates', label: t('page.confirm.updates') } : null,
      note: state === 'pending' ? t('page.confirm.ignore') : null,
      links,
      agency: config.agency,
    });
  }

  /** The withdrawal page for `withdrawal`; `null` for a refused POST. */
  function respondWithdrawal(request: Request, reply: FastifyReply, withdrawal: Withdrawal | null) {
    const lang = langOf(request, withdrawal);
    const t = translator(lang);
    const state = withdrawal?.state ?? 'refused';
    const [status, title, message] = {
      refused: [403, t('page.withdraw.title'), t('page.withdraw.ignore')],
      unknown: [404, t('page.unknown.title'), t('page.unknown.body')],
      closed: [423, t('page.closed.title'), t('page.withdraw.closed')],
      ready: [200, t('page.withdraw.title'), t('page.withdraw.intro')],
      withdrawn: [200, t('page.withdrawn.title'), t('page.withdrawn.body')],
    }[state] as [number, string, string];
    const petitionTitle = withdrawal?.petitionTitle ?? null;
    return send(reply, status, {
      lang,
      title,
      message,
      petition: petitionTitle === null ? null : { template: messages(lang)['page.petition'], title: petitionTitle },
      button: state === 'ready' ? t('page.withdraw.button') : null,
      note: state === 'ready' ? t('page.withdraw.ignore') : null,
      links: homeLink(t),
      agency: config.agency,
    });
  }

  /** The page of a stop link. */
  function respondStop(request: Request, reply: FastifyReply, stop: UpdatesStop) {
    const lang = langOf(request, stop);
    const t = translator(lang);
    const [status, title, message] = {
      unknown: [404, t('page.unknown.title'), t('page.unknown.body')],
      ready: [200, t('page.updates.title'), t('page.updates.intro')],
      stopped: [200, t('page.updates.stopped.title'), t('page.updates.stopped.body')],
    }[stop.state] as [number, string, string];
    return send(reply, status, {
      lang,
      title,
      message,
      petition: stop.petitionTitle === null ? null : { template: messages(lang)['page.petition'], title: stop.petitionTitle },
      button: stop.state === 'ready' ? t('page.updates.button') : null,
      links: homeLink(t),
      agency: config.agency,
    });
  }

  /** The page of a reply-mail confirmation link; `null` for a refused POST. */
  function respondReplyConfirmation(request: Request, reply: FastifyReply, confirmation: ReplyConfirmation | null) {
    const found = confirmation ?? { state: 'refused' as const, threadTitle: null, lang: null, sourceUrl: null };
    const lang = langOf(request, found);
    const t = translator(lang);
    const duration = daysIn(lang, Math.round(config.signing.linkTtlMs / DAY_MS));
    const [status, title, message] = {
      refused: [403, t('page.refused.title'), t('page.replies.confirm.intro')],
      unknown: [404, t('page.unknown.title'), t('page.replies.unknown.body')],
      expired: [410, t('page.expired.title'), t('page.replies.expired.body', { duration })],
      pending: [200, t('page.replies.confirm.title'), t('page.replies.confirm.intro')],
      confirmed: [200, t('page.replies.confirmed.title'), t('page.replies.confirmed.body')],
      'already-confirmed': [200, t('page.replies.confirmed.title'), t('page.replies.confirmed.body')],
    }[found.state] as [number, string, string];
    const back = found.sourceUrl && found.state !== 'pending' && isAllowed(originOf(found.sourceUrl));
    return send(reply, status, {
      lang,
      title,
      message,
      petition: discussion(lang, found.threadTitle),
      button: found.state === 'pending' ? t('page.replies.confirm.button') : null,
      note: found.state === 'pending' ? t('page.replies.confirm.ignore') : null,
      links: [...(back ? [{ href: found.sourceUrl!, text: t('page.replies.back') }] : []), ...homeLink(t)],
      agency: config.agency,
    });
  }

  /** The page of a reply-mail stop link. */
  function respondReplyStop(request: Request, reply: FastifyReply, stop: ReplyStop) {
    const lang = langOf(request, stop);
    const t = translator(lang);
    const [status, title, message] = {
      unknown: [404, t('page.unknown.title'), t('page.replies.unknown.body')],
      ready: [200, t('page.replies.stop.title'), t('page.replies.stop.intro')],
      stopped: [200, t('page.updates.stopped.title'), t('page.replies.stopped.body')],
      'stopped-all': [200, t('page.updates.stopped.title'), t('page.replies.stopped.all')],
    }[stop.state] as [number, string, string];
    return send(reply, status, {
      lang,
      title,
      message,
      petition: discussion(lang, stop.threadTitle),
      button: stop.state === 'ready' ? t('page.replies.stop.button') : null,
      checkbox: stop.state === 'ready' ? { name: 'all', label: t('page.replies.stop.all') } : null,
      links: homeLink(t),
      agency: config.agency,
    });
  }

  function discussion(lang: Lang, title: string | null) {
    return title === null ? null : { template: messages(lang)['page.discussion'], title };
  }

  function langOf(request: Request, found: { lang: string | null } | null): Lang {
    return found?.lang ? pickLang(found.lang) : langFromHeader(request.headers['accept-language']);
  }

  function homeLink(t: ReturnType<typeof translator>) {
    return config.agency.url ? [{ href: config.agency.url, text: t('page.home', { agency: config.agency.name }) }] : [];
  }

  function send(reply: FastifyReply, status: number, page: Parameters<typeof renderConfirmPage>[0]) {
    const { html, styleSource } = renderConfirmPage(page);
    return reply
      .code(status)
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .header(
        'content-security-policy',
        `default-src 'none'; style-src ${styleSource}; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`,
      )
      .send(html);
  }
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'null';
  }
}
