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
import { defineElement } from '../base/define.js';
import { warn } from '../base/dev.js';
import { nextTask } from '../base/tasks.js';
import { claimPage } from './once.js';

// The loader is also the shared runtime. Pages that script against the widgets
// import the page-level API from it (`import { configure } from '…/civic-widgets.js'`);
// custom widgets built without a bundler get the base class and form helpers.
export { configure } from '../base/config.js';
export { registerLocale } from '../i18n/registry.js';
export { CivicElement } from '../base/civic-element.js';
export { defineElement } from '../base/define.js';
export { textField, honeypot, characterCount } from '../base/text-field.js';
export { VERSION as version } from '../version.js';

// Each widget's class; it is defined in a task of its own after its code has run,
// so loading, defining and the first render never add up to one long task.
const WIDGETS: Record<string, () => Promise<CustomElementConstructor>> = {
  'civic-poll': () => import('../poll/poll.js').then((m) => m.CivicPoll),
  'civic-comments': () => import('../comments/comments.js').then((m) => m.CivicComments),
  'civic-petition': () => import('../petition/petition.js').then((m) => m.CivicPetition),
  'civic-rating': () => import('../rating/rating.js').then((m) => m.CivicRating),
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
      WIDGETS[tag]?.()
        .then(async (element) => {
          await nextTask();
          defineElement(tag, element);
        })
        .catch((error: unknown) => warn(`Could not load <${tag}>: ${String(error)}`));
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
