import { ar } from './ar.js';
import { type MessageKey, type Messages, en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';

export type { MessageKey, Messages };

/** The languages the server writes mails and pages in; English is the fallback. */
const catalogues = { en, fr, es, ar } as const satisfies Record<string, Messages>;
export type Lang = keyof typeof catalogues;

/** Right-to-left languages among them. */
const RTL: ReadonlySet<Lang> = new Set(['ar']);

/** The supported language for a BCP 47 tag (`fr-CA` → `fr`), English when there is none. */
export function pickLang(tag: string | null | undefined): Lang {
  const primary = (tag ?? '').split('-')[0]?.trim().toLowerCase() ?? '';
  return Object.hasOwn(catalogues, primary) ? (primary as Lang) : 'en';
}

/** The first supported language in an `Accept-Language` header (in the order given), or English. */
export function langFromHeader(header: string | undefined): Lang {
  for (const part of (header ?? '').split(',')) {
    const primary = part.split(';')[0]?.split('-')[0]?.trim().toLowerCase() ?? '';
    if (Object.hasOwn(catalogues, primary)) return primary as Lang;
  }
  return 'en';
}

export function messages(lang: string): Messages {
  return catalogues[pickLang(lang)];
}

export function dirOf(lang: Lang): 'ltr' | 'rtl' {
  return RTL.has(lang) ? 'rtl' : 'ltr';
}

/**
 * Fills `{name}` placeholders with plain text, in one pass: a value that
 * itself contains `{…}` is not filled in again. Unknown names stay as they are.
 */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A translator for one language: `t(key, values)`. */
export function translator(lang: Lang): (key: MessageKey, values?: Readonly<Record<string, string | number>>) => string {
  const catalogue = catalogues[lang];
  return (key, values = {}) => format(catalogue[key], values);
}
