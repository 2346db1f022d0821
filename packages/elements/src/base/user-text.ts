import { html, type TemplateResult } from 'lit';
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
export function userText(text: string, links?: boolean): TemplateResult {
  return html`<bdi>${links ? linkify(text) : text}</bdi>`;
}

/**
 * The same isolation where no element can go — a placeholder in a message,
 * an `<option>` — with the characters that mean `<bdi>`: FIRST STRONG ISOLATE
 * … POP DIRECTIONAL ISOLATE.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;
