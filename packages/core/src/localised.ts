/** Text an administrator wrote: plain, or by language (`{ en: 'Which day?', cy: 'Pa ddiwrnod?' }`). */
export type LocalisedText = string | Readonly<Record<string, string>>;

/**
 * The text to show in a language, and the language it is in (none for plain
 * text): the language as tagged, then shorter tags (`cy-GB` → `cy`), then
 * English, then the first given. Case does not matter.
 */
export function textFor(text: LocalisedText, lang: string): { text: string; lang?: string } {
  if (typeof text === 'string') return { text };
  const tags = Object.keys(text);
  const parts = lang.toLowerCase().split('-');
  const wanted = [...parts.map((_, i) => parts.slice(0, parts.length - i).join('-')), 'en'];
  const tag = wanted.map((w) => tags.find((t) => t.toLowerCase() === w)).find(Boolean) ?? tags[0] ?? '';
  return { text: text[tag] ?? '', lang: tag };
}

/** The text in one language, for places that show one (exports, e-mail subjects, the console's lists). */
export const plainTextFor = (text: LocalisedText, lang = 'en'): string => textFor(text, lang).text;
