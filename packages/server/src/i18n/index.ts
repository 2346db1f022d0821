import { bestLanguage, isRtl } from '@civic-widgets/core';
import { type MessageKey, type Messages, en } from './en.js';
import { translations } from './translations.js';

export type { MessageKey, Messages };

/** A language the server writes mails and pages in (a shipped BCP 47 tag); English is the fallback. */
export type Lang = string;

const available = ['en', ...Object.keys(translations)];

/** The supported language for a BCP 47 tag (`fr-CA` → `fr`, `zh-HK` → `zh-Hant`), English when there is none. */
export function pickLang(tag: string | null | undefined): Lang {
  return bestLanguage(tag, available) ?? 'en';
}

/** The first supported language in an `Accept-Language` header (in the order given), or English. */
export function langFromHeader(header: string | undefined): Lang {
  for (const part of (header ?? '').split(',')) {
    const found = bestLanguage(part.split(';')[0], available);
    if (found) return found;
  }
  return 'en';
}

/** A language's messages; a string its translation lacks is English. */
export function messages(lang: string): Messages {
  const picked = pickLang(lang);
  return picked === 'en' ? en : { ...en, ...translations[picked] };
}

export function dirOf(lang: Lang): 'ltr' | 'rtl' {
  return isRtl(lang) ? 'rtl' : 'ltr';
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
  const catalogue = messages(lang);
  return (key, values = {}) => format(catalogue[key], values);
}

/**
 * A number of days as the language writes it, noun inflected for the number
 * ("1 day", "7 days", "7 дней", "3 diwrnod"), for `{duration}` placeholders.
 */
export function daysIn(lang: Lang, days: number): string {
  return new Intl.NumberFormat(lang, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(days);
}
