import { createHash } from 'node:crypto';
import type { Agency } from '../config.js';
import { type Lang, dirOf } from '../i18n/index.js';

/** Escapes text for HTML: user text in the page is never markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface ConfirmPage {
  lang: Lang;
  title: string;
  message: string;
  /** A line naming the petition: its wording around `{title}` ("Petition: {title}"), and the title. */
  petition?: { template: string; title: string } | null;
  /** The button that confirms (a form posting to the page's own URL). */
  button?: string | null;
  /** A checkbox in the form, unticked (`name` is sent as `1` when ticked): opting in to updates. */
  checkbox?: { name: string; label: string } | null;
  /** A note under the button. */
  note?: string | null;
  /** Links to offer: back to the petition's page, home. */
  links: { href: string; text: string }[];
  agency: Agency;
}

/** Black or white, whichever reads better on `hex` (WCAG relative luminance). */
function textOn(hex: string): '#000' | '#fff' {
  const full = hex.length === 4 ? hex.replace(/[0-9a-f]/gi, (c) => c + c) : hex;
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // Contrast with white is 1.05 / (L + 0.05); with black (L + 0.05) / 0.05.
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.05 ? '#fff' : '#000';
}

/**
 * A short, accessible, script-free page: the agency's band, one heading, the
 * message, and at most one button. The style is inline and allowed by its hash
 * in the Content-Security-Policy (`styleSource`), so nothing else can style it.
 */
export function renderConfirmPage(page: ConfirmPage): { html: string; styleSource: string } {
  const colour = page.agency.color;
  const ink = textOn(colour);
  const style = [
    '*{box-sizing:border-box}',
    'html{-webkit-text-size-adjust:100%}',
    'body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic",sans-serif;',
    'font-size:1.0625rem;line-height:1.6;color:#1f2937;background:#f9fafb}',
    `header{background:${colour};color:${ink};padding:.875rem 1rem}`,
    'header a{color:inherit;font-weight:600;text-decoration:none}',
    'header a:hover{text-decoration:underline}',
    'main{max-width:40rem;margin:1.5rem auto;padding:1.5rem 1rem;background:#fff;border-radius:.5rem}',
    'h1{font-size:1.625rem;line-height:1.25;margin:0 0 1rem}',
    'p{margin:0 0 1rem}',
    '.petition{font-weight:600;padding-inline-start:.75rem;border-inline-start:4px solid ' + colour + '}',
    `button{font:inherit;font-weight:600;min-height:3rem;width:100%;padding:.75rem 1.25rem;border:2px solid ${colour};`,
    `border-radius:.5rem;background:${colour};color:${ink};cursor:pointer}`,
    'button:hover{filter:brightness(.92)}',
    '.note{font-size:.9375rem;color:#4b5563;margin-top:1rem}',
    'nav ul{list-style:none;margin:1.5rem 0 0;padding:0;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem}',
    'nav a{color:#1d4ed8;text-underline-offset:.2em}',
    // Focus is always visible: a dark ring with a white gap, on any background.
    'a:focus-visible,button:focus-visible{outline:3px solid #111827;outline-offset:3px;box-shadow:0 0 0 3px #fff}',
    'header a:focus-visible{outline-color:currentColor;box-shadow:none}',
    // A checkbox as large as GOV.UK draws one (40 px), its label beside it.
    '.choice{display:flex;gap:.75rem;align-items:flex-start;margin:0 0 1.5rem}',
    `.choice input{flex:none;width:2.5rem;height:2.5rem;margin:0;accent-color:${colour}}`,
    '.choice label{padding-top:.5rem}',
    '@media (min-width:40rem){main{padding:2rem 2.5rem}button{width:auto}}',
  ].join('');
  const home = page.agency.url
    ? `<a href="${escapeHtml(page.agency.url)}">${escapeHtml(page.agency.name)}</a>`
    : `<span>${escapeHtml(page.agency.name)}</span>`;
  // The title is isolated (bdi): a title in one script must not reorder the words around it in another.
  const [before = '', after = ''] = page.petition?.template.split('{title}') ?? [];
  const petition = page.petition
    ? `<p class="petition">${escapeHtml(before)}<bdi>${escapeHtml(page.petition.title)}</bdi>${escapeHtml(after)}</p>\n`
    : '';
  // No action: the form posts to the page's own URL, whose path holds the token.
  const checkbox = page.checkbox
    ? `<p class="choice"><input type="checkbox" id="c-${page.checkbox.name}" name="${page.checkbox.name}" value="1">` +
      `<label for="c-${page.checkbox.name}">${escapeHtml(page.checkbox.label)}</label></p>`
    : '';
  const form = page.button
    ? `<form method="post">${checkbox}<button type="submit">${escapeHtml(page.button)}</button></form>\n`
    : '';
  const note = page.note ? `<p class="note">${escapeHtml(page.note)}</p>\n` : '';
  const links = page.links.length
    ? `<nav><ul>${page.links.map((l) => `<li><a href="${escapeHtml(l.href)}">${escapeHtml(l.text)}</a></li>`).join('')}</ul></nav>\n`
    : '';
  const html = `<!doctype html>
<html lang="${page.lang}" dir="${dirOf(page.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<!-- With the server's no-referrer policy, browsers send "Origin: null" with the form; same-origin keeps the
     origin for the page's own POST (checked there) and still sends no referrer, so no token, to other sites. -->
<meta name="referrer" content="same-origin">
<title>${escapeHtml(page.title)} – ${escapeHtml(page.agency.name)}</title>
<style>${style}</style>
</head>
<body>
<header>${home}</header>
<main>
<h1>${escapeHtml(page.title)}</h1>
<p>${escapeHtml(page.message)}</p>
${petition}${form}${note}${links}</main>
</body>
</html>
`;
  return { html, styleSource: `'sha256-${createHash('sha256').update(style).digest('base64')}'` };
}
