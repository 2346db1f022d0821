import { type TemplateResult, html } from 'lit';
import { type AdminApi, type Role, type SessionView, can } from './api.js';
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
export const views: Record<string, ViewEntry> = {
  content: {
    load: () => import('./views/content.js'),
    render: ({ api, session, route }) =>
      html`<civic-console-content .api=${api} .session=${session} .route=${route}></civic-console-content>`,
  },
  moderation: {
    load: () => import('./views/moderation.js'),
    render: ({ api, session, route }) =>
      html`<civic-console-moderation .api=${api} .session=${session} .route=${route}></civic-console-moderation>`,
    allowed: (role) => can(role, 'moderation'),
  },
  petitions: {
    load: () => import('./views/petitions.js'),
    render: ({ api, session, route }) =>
      html`<civic-console-petitions .api=${api} .session=${session} .route=${route}></civic-console-petitions>`,
    allowed: (role) => can(role, 'signatures'),
  },
  results: {
    load: () => import('./views/results.js'),
    render: ({ api, session, route }) =>
      html`<civic-console-results .api=${api} .session=${session} .route=${route}></civic-console-results>`,
  },
  sites: {
    load: () => import('./views/sites.js'),
    render: ({ api, session, route }) =>
      html`<civic-console-sites .api=${api} .session=${session} .route=${route}></civic-console-sites>`,
  },
  staff: {
    load: () => import('./views/staff.js'),
    render: ({ api, session, route }) =>
      html`<civic-console-staff .api=${api} .session=${session} .route=${route}></civic-console-staff>`,
    allowed: (role) => can(role, 'staff'),
  },
  tokens: {
    load: () => import('./views/tokens.js'),
    render: ({ api, session, route }) =>
      html`<civic-console-tokens .api=${api} .session=${session} .route=${route}></civic-console-tokens>`,
  },
  audit: {
    load: () => import('./views/audit.js'),
    render: ({ api, session, route }) =>
      html`<civic-console-audit .api=${api} .session=${session} .route=${route}></civic-console-audit>`,
    allowed: (role) => can(role, 'audit'),
  },
};
