import { LANGUAGES, bestLanguage } from '@civic-widgets/core';
import type { Message } from './messages.js';

export { isRtl } from '@civic-widgets/core';

type Messages = Readonly<Record<string, Message>>;

/**
 * A set of messages: English inline, the other languages loaded on first use,
 * one module per language (`load`). The shared messages are one bundle; each
 * widget has its own, so a page downloads only the strings of the widgets it
 * shows, in its language. A translation may lack a string: English fills it.
 */
export interface MessageBundle<K extends string = string> {
  readonly en: Readonly<Record<K, Message>>;
  /** Loads a shipped language's module (`import(\`./messages/${lang}.js\`)`). */
  readonly load: (lang: string) => Promise<{ default: Partial<Readonly<Record<K, Message>>> }>;
}

/** Per bundle and language: the messages once loaded, and the load in flight. */
const cache = new WeakMap<MessageBundle, Map<string, { value?: Messages; pending: Promise<Messages> }>>();
const registered = new Map<string, Record<string, Message>>();

/**
 * Adds messages for a language the project does not ship (`'mt'`), a regional
 * variant (`'de-CH'`, over German), or overrides shipped ones. Keys are those
 * of the English catalogues (`common.*`, `poll.*`…); a key left out falls
 * back to the shipped language, then to English.
 */
export function registerLocale(lang: string, messages: Record<string, Message>): void {
  const key = lang.toLowerCase();
  registered.set(key, { ...registered.get(key), ...messages });
}

/**
 * The catalogue file for a BCP 47 tag, without the list of shipped languages
 * (which would cost every page's first download): the canonical language
 * (`iw` → `he`, `de-AT` → `de`), Chinese by likely script (`zh-HK` →
 * `zh-Hant`), Brazilian Portuguese, Norwegian as Bokmål. For every shipped
 * language this is `bestLanguage` (a test keeps them equal); a language not
 * shipped asks for a file that is not there and gets English.
 */
export function shippedLanguage(tag: string | null | undefined): string {
  try {
    const locale = new Intl.Locale(tag || 'en');
    const lang = locale.language;
    if (lang === 'zh') return `zh-${locale.maximize().script}`;
    if (lang === 'pt' && locale.region === 'BR') return 'pt-BR';
    return /^n[on]$/.test(lang) ? 'nb' : lang;
  } catch {
    return 'en';
  }
}

/** The best supported language for a tag, counting languages added with `registerLocale`. */
export function supportedLanguage(tag: string | null | undefined): string {
  return bestLanguage(tag, [...LANGUAGES, ...registered.keys()]) ?? 'en';
}

/** What the site registered for a tag: its base language's, then the more specific tag's over it. */
export function registeredMessages(tag: string): Messages {
  const parts = tag.toLowerCase().split('-');
  return Object.assign({}, ...parts.map((_, i) => registered.get(parts.slice(0, i + 1).join('-'))));
}

/** A bundle's messages for a shipped language if already loaded (English always is). */
export function loadedMessages(bundle: MessageBundle, lang: string): Messages | undefined {
  return lang === 'en' ? bundle.en : cache.get(bundle)?.get(lang)?.value;
}

/** Loads a bundle's messages for a shipped language once; a failed load gives `{}` (English fallback). */
export function loadMessages(bundle: MessageBundle, lang: string): Promise<Messages> {
  const ready = loadedMessages(bundle, lang);
  if (ready) return Promise.resolve(ready);
  let byLang = cache.get(bundle);
  if (!byLang) cache.set(bundle, (byLang = new Map()));
  let entry = byLang.get(lang);
  if (!entry) {
    const created: { value?: Messages; pending: Promise<Messages> } = {
      pending: bundle.load(lang).then(
        (module) => (created.value = module.default as Messages),
        () => (created.value = {}),
      ),
    };
    byLang.set(lang, (entry = created));
  }
  return entry.pending;
}
