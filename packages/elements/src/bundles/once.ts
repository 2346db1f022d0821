import { warn } from '../base/dev.js';
import { VERSION } from '../version.js';

const KEY = Symbol.for('civic-widgets');

/**
 * Claims the page for this copy of the widgets. A second copy (the same file
 * twice, or two versions, or the module and the classic build together) gets
 * `false` and one `[civic]` warning, instead of errors from defining the same
 * tags again.
 */
export function claimPage(file: string): boolean {
  const registry = globalThis as unknown as Record<symbol, string | undefined>;
  const owner = registry[KEY];
  if (owner) {
    warn(
      `${file} ${VERSION} was loaded on a page that already has Civic Widgets (${owner}); the first copy stays. Load the widgets once per page.`,
    );
    return false;
  }
  registry[KEY] = `${file} ${VERSION}`;
  return true;
}
