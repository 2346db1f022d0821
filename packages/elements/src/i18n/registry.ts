import type { Message } from './messages.js';

/**
 * A set of messages: English inline, other languages loaded on first use.
 * The shared messages are one bundle; each widget has its own, so a page
 * downloads only the strings of the widgets it shows, in its language.
 */
export interface MessageBundle<K extends string = string> {
  readonly en: Readonly<Record<K, Message>>;
  readonly languages: Readonly<Record<string, () => Promise<Readonly<Record<K, Message>>>>>;
}

type Messages = Readonly<Record<string, Message>>;

/** Per bundle and language: the messages once loaded, and the load in flight. */
const cache = new WeakMap<MessageBundle, Map<string, { value?: Messages; pending: Promise<Messages> }>>();
const registered = new Map<string, Record<string, Message>>();
const knownLanguages = new Set(['en']);

/** Languages written right to left. */
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'yi', 'dv', 'ckb', 'ug']);

/**
 * Adds messages for a language the project does not ship, or overrides
 * shipped ones. Keys are those of the English catalogues (`common.*`,
 * `poll.*`…); a key left out falls back to English.
 */
export function registerLocale(lang: string, messages: Record<string, Message>): void {
  const key = lang.toLowerCase();
  registered.set(key, { ...registered.get(key), ...messages });
  knownLanguages.add(key);
}

/** Makes a bundle's languages known to `supportedLanguage`. */
export function declareLanguages(bundle: MessageBundle): void {
  for (const lang of Object.keys(bundle.languages)) knownLanguages.add(lang);
}

/** The best supported language for a BCP 47 tag: `fr-CA` → `fr`, unknown → `en`. */
export function supportedLanguage(tag: string | null | undefined): string {
  const parts = (tag ?? '').toLowerCase().split('-');
  for (let i = parts.length; i > 0; i--) {
    const candidate = parts.slice(0, i).join('-');
    if (knownLanguages.has(candidate)) return candidate;
  }
  return 'en';
}

export function isRtl(tag: string): boolean {
  return RTL.has(tag.toLowerCase().split('-')[0] ?? '');
}

/** Messages registered with `registerLocale` for a language. */
export function registeredMessages(lang: string): Messages {
  return registered.get(lang) ?? {};
}

/** A bundle's messages for `lang` if already loaded (English always is; a language it lacks is `{}`). */
export function loadedMessages(bundle: MessageBundle, lang: string): Messages | undefined {
  if (lang === 'en') return bundle.en;
  return bundle.languages[lang] ? cache.get(bundle)?.get(lang)?.value : {};
}

/** Loads a bundle's messages for `lang` once; a failed load gives `{}` (English fallback). */
export function loadMessages(bundle: MessageBundle, lang: string): Promise<Messages> {
  const ready = loadedMessages(bundle, lang);
  if (ready) return Promise.resolve(ready);
  let byLang = cache.get(bundle);
  if (!byLang) cache.set(bundle, (byLang = new Map()));
  let entry = byLang.get(lang);
  if (!entry) {
    const created: { value?: Messages; pending: Promise<Messages> } = {
      pending: (bundle.languages[lang] as () => Promise<Messages>)().then(
        (messages) => (created.value = messages),
        () => (created.value = {}),
      ),
    };
    byLang.set(lang, (entry = created));
  }
  return entry.pending;
}
