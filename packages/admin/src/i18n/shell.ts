import type { MessageBundle } from '@civic-widgets/elements';
import { type ShellMessageKey, en } from './shell/en.js';

export type { ShellMessageKey };

export const shellMessages: MessageBundle<ShellMessageKey> = {
  en,
  load: (lang) => import(`./shell/${lang}.js`),
};

/**
 * Languages the console speaks, each named in itself. Every bundle of
 * src/i18n/ has a file for each (`npm run i18n:check` keeps this list and the
 * files equal).
 */
export const CONSOLE_TAGS = [
  'en',
  'fr',
  'es',
  'ar',
  'de',
  'it',
  'nl',
  'pl',
  'pt-BR',
  'ru',
  'uk',
  'zh-Hans',
  'zh-Hant',
  'ja',
  'ko',
  'vi',
  'th',
  'id',
  'ms',
  'tr',
  'cs',
  'sk',
  'hu',
  'bg',
  'hr',
  'az',
  'el',
  'sv',
  'da',
  'nb',
  'fi',
  'sr',
  'sl',
  'pt',
  'ro',
  'ca',
  'cy',
  'ga',
  'eu',
  'fil',
  'ka',
  'hy',
  'zu',
  'so',
  'yo',
  'ig',
  'sw',
  'mr',
  'te',
  'ne',
  'am',
  'si',
  'ha',
  'he',
  'fa',
  'hi',
  'ur',
  'bn',
  'ta',
  'ps',
  'et',
  'lv',
  'lt',
  'kk',
  'uz',
  'ky',
  'tg',
] as const;

export const CONSOLE_LANGUAGES = CONSOLE_TAGS.map((tag) => {
  const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  return { tag, name: name.charAt(0).toLocaleUpperCase(tag) + name.slice(1) };
});
