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

const loaded = new WeakMap<MessageBundle, Map<string, Messages>>();
const inflight = new WeakMap<MessageBundle, Map<string, Promise<Messages>>>();
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

/** A bundle's messages for `lang` if already loaded (English always is); otherwise `undefined`. */
export function loadedMessages(bundle: MessageBundle, lang: string): Messages | undefined {
  if (lang === 'en' || !bundle.languages[lang]) return lang === 'en' ? bundle.en : {};
  return loaded.get(bundle)?.get(lang);
}

/** Loads a bundle's messages for `lang` once; a language it lacks (or a failed load) gives `{}` (English fallback). */
export function loadMessages(bundle: MessageBundle, lang: string): Promise<Messages> {
  const ready = loadedMessages(bundle, lang);
  if (ready) return Promise.resolve(ready);
  let byLang = inflight.get(bundle);
  if (!byLang) inflight.set(bundle, (byLang = new Map()));
  let pending = byLang.get(lang);
  if (!pending) {
    const loader = bundle.languages[lang];
    pending = (loader ? loader() : Promise.resolve({})).then(
      (messages) => {
        let cache = loaded.get(bundle);
        if (!cache) loaded.set(bundle, (cache = new Map()));
        cache.set(lang, messages);
        return messages;
      },
      () => ({}),
    );
    byLang.set(lang, pending);
  }
  return pending;
}
