import { html, nothing, type TemplateResult } from 'lit';
import type { LocalisedText } from '@civic-widgets/core';
import { linkify } from './linkify.js';

/**
 * Renders text written by a participant or an administrator — names, bodies,
 * titles, questions, labels — and every widget renders such text through here.
 * It sits in a `<bdi>`: its direction comes from its own first strong
 * character, and nothing in it (an Arabic name, a right-to-left override an
 * older server let through) reorders the text around it, such as the time
 * beside a comment's author. The block around it keeps the widget's
 * direction and alignment. `links` renders it with {@link linkify}: line
 * breaks kept, http(s) URLs linked, never HTML.
 */
export function userText(text: LocalisedText, lang: string, links?: boolean): TemplateResult {
  const [shown, shownLang] = inLanguage(text, lang);
  return html`<bdi lang=${shownLang ?? nothing}>${links ? linkify(shown) : shown}</bdi>`;
}

/**
 * Text an administrator gave by language, in the widget's (canonical) language:
 * that tag, its language alone (`cy-GB` → `cy`), English, or the first given;
 * with the language it is in, for `lang` (screen readers change voice). Plain
 * text is itself. (Tags are canonical: the server stores them so.)
 */
export function inLanguage(text: LocalisedText, lang: string): [string, string?] {
  if (typeof text == 'string') return [text];
  const found = [lang, lang.split('-')[0]!, 'en'].find((tag) => tag in text) ?? Object.keys(text)[0]!;
  return [text[found]!, found];
}

/**
 * The same isolation where no element can go — a placeholder in a message,
 * an `<option>` — with the characters that mean `<bdi>`: FIRST STRONG ISOLATE
 * … POP DIRECTIONAL ISOLATE.
 */
export const isolate = (text: LocalisedText, lang = ''): string => `\u2068${inLanguage(text, lang)[0]}\u2069`;
