import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { LocaleController, Params } from '@civic-widgets/elements';
import type { AdminApi, SessionView } from './api.js';
import type { Route } from './router.js';
import { consoleStyles } from './styles.js';

/**
 * What every console view shares: the API client, the signed-in session, the
 * current route, its own messages (a bundle per view, loaded in the console's
 * language) and the console's styles. Views are custom elements the shell
 * (`<civic-console>`) swaps as the route changes.
 */
export abstract class ConsoleView<K extends string = never> extends LitElement {
  static override styles = [consoleStyles];

  @property({ attribute: false }) api!: AdminApi;
  @property({ attribute: false }) session: SessionView | null = null;
  @property({ attribute: false }) route!: Route;

  protected abstract readonly locale: LocaleController<K>;

  protected t(key: K, params?: Params): string {
    return this.locale.i18n.t(key, params);
  }

  /** Moves focus to the page's heading after navigation, so screen readers announce the new view. */
  protected focusHeading(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('h1')?.focus());
  }
}
