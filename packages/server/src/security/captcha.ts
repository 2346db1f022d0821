import { ChallengeRequiredError } from '@civic-widgets/core';

/*
 * The pluggable alternative to the built-in proof of work, for agencies that
 * already use a captcha service (see docs/security.md, "Floods"). When a write
 * needs a challenge, the problem names the provider and the site key; the
 * page gets a token from the provider's own widget (the site's
 * `configure({ challenge })`) and the widget sends it as `X-Civic-Challenge`;
 * the server checks it with the provider's siteverify endpoint. Each token
 * pays for one write (the providers refuse a token seen before, and so does
 * the server).
 */

export const CAPTCHA_PROVIDERS = ['turnstile', 'hcaptcha', 'friendly-captcha'] as const;
export type CaptchaProvider = (typeof CAPTCHA_PROVIDERS)[number];

export interface CaptchaConfig {
  provider: CaptchaProvider;
  /** Public: told to the page, whose widget needs it. */
  siteKey: string;
  /** The provider's secret (Turnstile, hCaptcha) or API key (Friendly Captcha v2). */
  secret: string;
  /** The siteverify endpoint: the provider's by default (another region, a self-hosted service, tests). */
  verifyUrl: string;
}

const VERIFY_URLS: Record<CaptchaProvider, string> = {
  turnstile: 'https://challenges.cloudflare.com/turnstile/v0/siteverify',
  hcaptcha: 'https://api.hcaptcha.com/siteverify',
  'friendly-captcha': 'https://global.frcapi.com/api/v2/captcha/siteverify',
};

/** How long a provider's token is kept as used: longer than any of them stays valid (Turnstile: 300 s). */
export const CAPTCHA_TOKEN_LIFETIME_MS = 10 * 60_000;

/** The captcha settings from CIVIC_CHALLENGE_PROVIDER and its companions; `null` for the built-in proof of work. */
export function loadCaptchaConfig(env: NodeJS.ProcessEnv): CaptchaConfig | null {
  const provider = env['CIVIC_CHALLENGE_PROVIDER']?.trim();
  const companions = ['CIVIC_CHALLENGE_SITE_KEY', 'CIVIC_CHALLENGE_SECRET', 'CIVIC_CHALLENGE_VERIFY_URL'];
  if (!provider) {
    const stray = companions.filter((k) => env[k]?.trim());
    if (stray.length)
      throw new Error(
        `${stray.join(', ')} ${stray.length > 1 ? 'are' : 'is'} set but CIVIC_CHALLENGE_PROVIDER is not: set it too, or unset them`,
      );
    return null;
  }
  if (!(CAPTCHA_PROVIDERS as readonly string[]).includes(provider))
    throw new Error(`CIVIC_CHALLENGE_PROVIDER must be one of ${CAPTCHA_PROVIDERS.join(', ')}, not "${provider}"`);
  const siteKey = env['CIVIC_CHALLENGE_SITE_KEY']?.trim();
  const secret = env['CIVIC_CHALLENGE_SECRET']?.trim();
  if (!siteKey || !secret)
    throw new Error(
      `CIVIC_CHALLENGE_PROVIDER=${provider} needs CIVIC_CHALLENGE_SITE_KEY and CIVIC_CHALLENGE_SECRET (from the provider's dashboard)`,
    );
  const verifyUrl = env['CIVIC_CHALLENGE_VERIFY_URL']?.trim() || VERIFY_URLS[provider as CaptchaProvider];
  if (!/^https?:\/\/[^\s]+$/.test(verifyUrl))
    throw new Error(`CIVIC_CHALLENGE_VERIFY_URL must be an http(s) URL, not "${verifyUrl}"`);
  return { provider: provider as CaptchaProvider, siteKey, secret, verifyUrl };
}

/** Checks provider tokens with the provider's siteverify endpoint. */
export class CaptchaVerifier {
  constructor(readonly config: CaptchaConfig) {}

  /** What the problem of a write that needs a challenge carries: the page's widget needs both. */
  challenge(): { provider: CaptchaProvider; siteKey: string } {
    return { provider: this.config.provider, siteKey: this.config.siteKey };
  }

  /** Whether the provider accepts `token` (sent from `remoteIp`); throws `challenge-required` when it does not, or cannot say. */
  async verify(token: string, remoteIp: string): Promise<void> {
    const { provider, siteKey, secret, verifyUrl } = this.config;
    if (token.length > 8192) throw new ChallengeRequiredError('The challenge token is too long');
    // Friendly Captcha v2 takes JSON and its API key in a header; Turnstile and hCaptcha a form with the secret.
    const request: RequestInit =
      provider === 'friendly-captcha'
        ? {
            headers: { 'content-type': 'application/json', 'x-api-key': secret },
            body: JSON.stringify({ response: token, sitekey: siteKey }),
          }
        : {
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({
              secret,
              response: token,
              remoteip: remoteIp,
              ...(provider === 'hcaptcha' ? { sitekey: siteKey } : {}),
            }).toString(),
          };
    let answer: { success?: unknown };
    try {
      const response = await fetch(verifyUrl, { method: 'POST', ...request, signal: AbortSignal.timeout(10_000) });
      answer = (await response.json()) as { success?: unknown };
    } catch {
      throw new ChallengeRequiredError(`The challenge could not be checked with ${provider}: try again`);
    }
    if (answer?.success !== true) throw new ChallengeRequiredError(`${provider} did not accept the challenge token`);
  }
}
