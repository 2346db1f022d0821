import { LANGUAGES, bestLanguage, isRtl } from '@civic-widgets/core';

/** Every language the widgets speak, each named in itself and sorted by that name. */
export const WIDGET_LANGUAGES = LANGUAGES.map((tag) => ({ tag, name: autonym(tag) })).sort((a, b) =>
  a.name.localeCompare(b.name),
);

/** A language's name in itself, capitalised as a list item: "Cymraeg", "Español". */
export function autonym(tag: string): string {
  const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
}

/** A language for staff reading the console in `consoleLang`: its own name, and theirs when it differs ("Cymraeg (Welsh)"). */
export function languageLabel(tag: string, consoleLang: string): string {
  const own = autonym(tag);
  const theirs = new Intl.DisplayNames([consoleLang], { type: 'language' }).of(tag) ?? tag;
  return own.toLocaleLowerCase(tag) === theirs.toLocaleLowerCase(consoleLang) ? own : `${own} (${theirs})`;
}

/** The widget language closest to the console's: where new content's texts start. */
export function widgetLanguageFor(consoleLang: string): string {
  return bestLanguage(consoleLang) ?? 'en';
}

export const directionOf = (tag: string): 'rtl' | 'ltr' => (isRtl(tag) ? 'rtl' : 'ltr');
