import { html, type TemplateResult } from 'lit';

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+/gi;

/** Only http(s) URLs become links; anything else stays text. */
function safeHref(candidate: string): string | null {
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Renders user text as text: line breaks kept, http and https URLs linked
 * (`rel="nofollow ugc noopener"`), nothing ever interpreted as HTML — every
 * piece goes through lit's text bindings.
 */
export function linkify(text: string): TemplateResult[] {
  const out: TemplateResult[] = [];
  text.split('\n').forEach((line, i) => {
    if (i > 0) out.push(html`<br />`);
    let last = 0;
    for (const match of line.matchAll(URL_PATTERN)) {
      // Trailing punctuation belongs to the sentence, not the link.
      const url = match[0].replace(/[.,;:!?)\]]+$/, '');
      const start = match.index ?? 0;
      const href = safeHref(url);
      if (start > last) out.push(html`${line.slice(last, start)}`);
      out.push(href ? html`<a href=${href} rel="nofollow ugc noopener">${url}</a>` : html`${url}`);
      last = start + url.length;
    }
    if (last < line.length) out.push(html`${line.slice(last)}`);
  });
  return out;
}
