/**
 * `civic-widgets.js`: the one-script-tag entry.
 *
 * ```html
 * <script type="module" src="https://participate.example.gov/cdn/civic-widgets.js"
 *         data-endpoint="https://participate.example.gov/api/v1" data-lang="fr"></script>
 * ```
 *
 * Reads its settings from its own tag's `data-*`, then loads and defines only
 * the widgets present on the page — now, and when they are added later — as
 * code-split chunks sharing one runtime.
 */
import { readScriptConfig, setScriptConfig } from '../base/config.js';
import { warn } from '../base/dev.js';
import { claimPage } from './once.js';

// The loader is also the shared runtime. Pages that script against the widgets
// import the page-level API from it (`import { configure } from '…/civic-widgets.js'`);
// custom widgets built without a bundler get the base class and form helpers.
export { configure, resetConfig } from '../base/config.js';
export { registerLocale } from '../i18n/registry.js';
export { CivicElement } from '../base/civic-element.js';
export { defineElement } from '../base/define.js';
export { textField, honeypot, characterCount } from '../base/text-field.js';
export { VERSION as version } from '../version.js';

const WIDGETS: Record<string, () => Promise<unknown>> = {
  'civic-poll': () => import('../define/poll.js'),
  'civic-comments': () => import('../define/comments.js'),
  'civic-petition': () => import('../define/petition.js'),
  'civic-rating': () => import('../define/rating.js'),
};

if (claimPage('civic-widgets.js')) {
  // A module script has no document.currentScript: find our tag by its URL.
  const script = [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find((s) => s.src === import.meta.url);
  if (script) setScriptConfig(readScriptConfig(script));

  const pending = new Set(Object.keys(WIDGETS));
  let scheduled = false;
  const scan = () => {
    scheduled = false;
    for (const tag of pending) {
      if (!document.querySelector(tag)) continue;
      pending.delete(tag);
      WIDGETS[tag]?.().catch((error: unknown) =>
        warn(`Could not load <${tag}>: ${error instanceof Error ? error.message : String(error)}`),
      );
    }
    if (pending.size === 0) observer.disconnect();
  };
  // Widgets added later (single-page apps, content loaded on demand) are picked up too.
  const observer = new MutationObserver(() => {
    if (!scheduled) {
      scheduled = true;
      queueMicrotask(scan);
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  scan();
}
