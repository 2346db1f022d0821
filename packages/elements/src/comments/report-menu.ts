import type { ReportReason } from '@civic-widgets/core';
import { html, type TemplateResult } from 'lit';
import { Popover } from '../base/popover.js';
import type { Translator } from '../i18n/translator.js';

/*
 * The report menu loads the first time a citizen opens it: most readers never
 * report, so they never download it or the positioning library.
 */

const REASONS: ReportReason[] = ['spam', 'abuse', 'off-topic', 'personal-data', 'other'];

/** A menu (WAI-ARIA menu pattern) of report reasons for one comment. */
export function renderReportMenu(
  i18n: Translator<string>,
  commentId: string,
  choose: (reason: ReportReason) => void,
): TemplateResult {
  return html`<div
    part="menu"
    class="menu"
    role="menu"
    id="menu-${commentId}"
    aria-labelledby="menu-title-${commentId}"
    @keydown=${onMenuKey}
  >
    <p class="menu-title" id="menu-title-${commentId}">${i18n.t('comments.report-menu')}</p>
    ${REASONS.map(
      (reason) =>
        html`<button type="button" role="menuitem" tabindex="-1" @click=${() => choose(reason)}>
          ${i18n.t(`comments.reason.${reason}`)}
        </button>`,
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
