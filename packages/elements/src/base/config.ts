import { type Adapter, type CaptchaSolver, RestAdapter } from '@civic-widgets/core';

/** Page-wide settings, from `configure()` or the script tag's `data-*` attributes. */
export interface CivicConfig {
  /** API base URL for every widget without its own `endpoint`. */
  endpoint?: string;
  /** An adapter for every widget without its own `adapter` or `endpoint`. */
  adapter?: Adapter;
  /** Language for widgets on a page without any `lang`. */
  lang?: string;
  /**
   * For verified participants: gives the identity token (a short-lived JWT)
   * that the agency's site issued to the signed-in citizen, or nothing when
   * nobody is signed in. Asked for before each vote, signature or rating.
   */
  identity?: () => Promise<string | null | undefined> | string | null | undefined;
  /**
   * Where the server uses a captcha service (Turnstile, hCaptcha, Friendly
   * Captcha) against floods: gets a token from the site's own captcha widget
   * for `{ provider, siteKey }`. Asked for only when the server asks.
   */
  challenge?: CaptchaSolver;
}

let globalConfig: CivicConfig = {};
let scriptConfig: CivicConfig | null = null;

/**
 * Sets page-wide defaults. Later calls merge into earlier ones.
 *
 * ```js
 * configure({ endpoint: 'https://participate.example.gov/api/v1' });
 * ```
 */
export function configure(config: CivicConfig): void {
  globalConfig = { ...globalConfig, ...config };
  window.dispatchEvent(new CustomEvent('civic-configure'));
}

/** Clears `configure()` and script-tag settings (tests). */
export function resetConfig(): void {
  globalConfig = {};
  scriptConfig = null;
  restAdapters.clear();
}

/** Reads `data-endpoint` and `data-lang` from a script tag. */
export function readScriptConfig(script: HTMLScriptElement): CivicConfig {
  const config: CivicConfig = {};
  const endpoint = script.dataset['endpoint']?.trim();
  const lang = script.dataset['lang']?.trim();
  if (endpoint) config.endpoint = endpoint;
  if (lang) config.lang = lang;
  return config;
}

/** Records the configuration of the script tag that loaded the widgets. */
export function setScriptConfig(config: CivicConfig): void {
  scriptConfig = config;
}

/** The script tag's settings; found on the page when no loader recorded them. */
function currentScriptConfig(): CivicConfig {
  if (scriptConfig) return scriptConfig;
  const script = document.querySelector<HTMLScriptElement>('script[src*="civic-widgets"][data-endpoint]');
  return script ? readScriptConfig(script) : {};
}

const restAdapters = new Map<string, RestAdapter>();

/** One RestAdapter per endpoint, so widgets on a page share a live connection. */
export function restAdapterFor(endpoint: string): RestAdapter {
  const base = new URL(endpoint, document.baseURI).href.replace(/\/+$/, '');
  let adapter = restAdapters.get(base);
  if (!adapter)
    restAdapters.set(
      base,
      (adapter = new RestAdapter({
        endpoint: base,
        identity: () => globalConfig.identity?.(),
        challenge: (request) => globalConfig.challenge?.(request),
      })),
    );
  return adapter;
}

/**
 * The adapter for a widget, first match wins: its `adapter` property, its
 * `endpoint` attribute, `configure()`, the script tag's `data-*`. `null` when
 * nothing is configured.
 */
export function resolveAdapter(element: { adapter?: Adapter | undefined; endpoint?: string | undefined }): Adapter | null {
  if (element.adapter) return element.adapter;
  if (element.endpoint) return restAdapterFor(element.endpoint);
  if (globalConfig.adapter) return globalConfig.adapter;
  const endpoint = globalConfig.endpoint ?? currentScriptConfig().endpoint;
  return endpoint ? restAdapterFor(endpoint) : null;
}

/** The page-wide default language, if one was configured. */
export function configuredLang(): string | undefined {
  return globalConfig.lang ?? currentScriptConfig().lang;
}
