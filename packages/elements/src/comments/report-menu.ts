import type { ReportReason } from '@civic-widgets/core';
import { adoptStyles, css, html, supportsAdoptingStyleSheets, type TemplateResult } from 'lit';
import { Popover } from '../base/popover.js';
import { loadMessages, loadedMessages, shippedLanguage } from '../i18n/registry.js';
import type { Translator } from '../i18n/translator.js';
import { type ReportMessageKey, reportMessages } from './report-messages.js';

/*
 * The report menu loads the first time a citizen opens it: most readers never
 * report, so they never download it, its words, its styles or the positioning
 * library.
 */

const menuStyles = css`
  .menu {
    position: fixed;
    z-index: 1000;
    display: grid;
    min-inline-size: 14rem;
    max-inline-size: calc(100vw - 1rem);
    padding: 0.25rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.2);
  }
  .menu-title {
    margin: 0.25rem 0.5rem;
    font-weight: 700;
  }
  .menu button {
    text-align: start;
    background: transparent;
    border: 0;
    color: inherit;
  }
  .menu button:hover,
  .menu button:focus-visible {
    background: color-mix(in srgb, var(--_primary) 12%, transparent);
  }
  @media (forced-colors: active) {
    .menu {
      border-color: CanvasText;
    }
  }
`;

/** Adds the menu's styles to the widget's shadow root, once, before the menu first renders. */
export function styleMenu(root: ShadowRoot): void {
  const sheet = menuStyles.styleSheet;
  if (supportsAdoptingStyleSheets && sheet) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } else if (!root.querySelector('style[data-menu]')) {
    adoptStyles(root, [menuStyles]);
    root.lastElementChild?.setAttribute('data-menu', '');
  }
}

/** Loads the menu's words for the widget's language (once); call before the menu first renders. */
export function loadWords(i18n: Translator<string>): Promise<unknown> {
  return loadMessages(reportMessages, shippedLanguage(i18n.lang));
}

/** The menu's words in the widget's language; what the site registered for these keys comes first. */
export function say(i18n: Translator<string>, key: ReportMessageKey): string {
  const shipped = loadedMessages(reportMessages, shippedLanguage(i18n.lang));
  return i18n.format(i18n.messages[key] ?? shipped?.[key] ?? reportMessages.en[key]);
}

const REASONS: ReportReason[] = ['spam', 'abuse', 'off-topic', 'personal-data', 'other'];

/** A menu (WAI-ARIA menu pattern) of report reasons for one comment. */
export function renderReportMenu(
  i18n: Translator<string>,
  commentId: string,
  choose: (reason: ReportReason) => void,
): TemplateResult {
  return renderMenu(
    i18n,
    commentId,
    'comments.report-menu',
    REASONS.map((reason) => [`comments.reason.${reason}`, () => choose(reason)]),
  );
}

/** The same menu for one's own comment: delete it, or keep it (as Escape and a click outside do). */
export function renderDeleteMenu(
  i18n: Translator<string>,
  commentId: string,
  confirm: () => void,
  keep: () => void,
): TemplateResult {
  return renderMenu(i18n, commentId, 'comments.delete-menu', [
    ['comments.delete-yes', confirm],
    ['comments.delete-no', keep],
  ]);
}

function renderMenu(
  i18n: Translator<string>,
  commentId: string,
  title: ReportMessageKey,
  items: [ReportMessageKey, () => void][],
): TemplateResult {
  return html`<div
    part="menu"
    class="menu"
    role="menu"
    id="menu-${commentId}"
    aria-labelledby="menu-title-${commentId}"
    @keydown=${onMenuKey}
  >
    <p class="menu-title" id="menu-title-${commentId}">${say(i18n, title)}</p>
    ${items.map(
      ([label, choose]) =>
        html`<button type="button" role="menuitem" tabindex="-1" @click=${choose}>${say(i18n, label)}</button>`,
    )}
  </div>`;
}

/** Positions the menu by its button, focuses the first reason; Escape or a click outside closes it. */
export function openMenu(anchor: HTMLElement, panel: HTMLElement, onClose: () => void): Popover {
  const popover = new Popover(anchor, panel, onClose);
  popover.show();
  panel.querySelector<HTMLElement>('[role=menuitem]')?.focus();
  return popover;
}

/** Arrow keys, Home and End move between reasons; Tab leaves (and closes) the menu. */
function onMenuKey(e: KeyboardEvent): void {
  const menu = e.currentTarget as HTMLElement;
  const items = [...menu.querySelectorAll<HTMLElement>('[role=menuitem]')];
  const active = (menu.getRootNode() as ShadowRoot | Document).activeElement as HTMLElement | null;
  const index = active ? items.indexOf(active) : -1;
  const move = (to: number) => {
    e.preventDefault();
    items[(to + items.length) % items.length]?.focus();
  };
  if (e.key === 'ArrowDown') move(index + 1);
  else if (e.key === 'ArrowUp') move(index - 1);
  else if (e.key === 'Home') move(0);
  else if (e.key === 'End') move(items.length - 1);
  else if (e.key === 'Tab') menu.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
}
