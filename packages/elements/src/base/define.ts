import { warn } from './dev.js';

/**
 * Registers a custom element, tolerating a second copy of the library on the
 * page: if the tag is taken, the first registration wins and one `[civic]`
 * warning says so, instead of the `NotSupportedError` that would break the page.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, constructor);
    return;
  }
  if (existing !== constructor) {
    warn(`<${tag}> is already defined by another copy of Civic Widgets; the first one stays. Load the widgets once per page.`);
  }
}
