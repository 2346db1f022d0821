import type { TemplateResult } from 'lit';
import type { AdminApi, Role, SessionView } from './api.js';
import type { Route } from './router.js';

export interface ViewProps {
  api: AdminApi;
  session: SessionView;
  route: Route;
}

export interface ViewEntry {
  /** Imports the view's module (its element and messages) on first use. */
  load(): Promise<unknown>;
  render(props: ViewProps): TemplateResult;
  /** Who may open it; the server refuses the rest anyway. */
  allowed?(role: Role): boolean;
}

/**
 * The console's pages by first path segment (`#/content/…`). Each view is a
 * custom element in its own module, loaded when first opened.
 */
export const views: Record<string, ViewEntry> = {};
