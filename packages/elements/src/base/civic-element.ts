import { LitElement, type PropertyDeclarations, html, nothing, type TemplateResult } from 'lit';
import { type Adapter, CivicError, type LiveEvent, type Topic } from '@civic-widgets/core';
import { LocaleController } from '../controllers/locale-controller.js';
import { LiveController } from '../controllers/live-controller.js';
import { ResourceController } from '../controllers/resource-controller.js';
import type { MessageBundle } from '../i18n/registry.js';
import { baseStyles } from '../styles/base.styles.js';
import { formStyles } from '../styles/form.styles.js';
import { resolveAdapter } from './config.js';
import { warn } from './dev.js';
import { nextTask } from './tasks.js';
import type { CivicEventMap, CivicEventName } from './events.js';
import { verifiedSay } from '../verified/loaded.js';

/** Raised when a widget has no adapter, endpoint, `configure()` or script-tag setting. */
export class MissingBackendError extends Error {
  override name = 'MissingBackendError';
  constructor() {
    super('No backend configured');
  }
}

/**
 * The base of every Civic widget: adapter resolution, language, typed events,
 * an always-present live region, and the shared loading and error views.
 *
 * @cssprop --civic-color-primary - Buttons, links and bars.
 * @cssprop --civic-color-text - Body text.
 * @cssprop --civic-color-surface - Widget background.
 * @cssprop --civic-color-error - Error accents.
 * @cssprop --civic-color-focus - Focus ring.
 * @cssprop --civic-radius - Corner radius.
 * @cssprop --civic-min-height - Space reserved while loading, so the page does not jump.
 * @csspart status - The visually hidden live region announcing changes.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error message box.
 * @csspart retry - The retry button in the error box.
 */
export abstract class CivicElement<K extends string = never> extends LitElement {
  static override styles = [baseStyles, formStyles];
  // Declared as a table rather than with decorators: smaller bundles, same behaviour.
  static override properties: PropertyDeclarations = {
    endpoint: { reflect: true },
    adapter: { attribute: false },
    announcement: { state: true },
    submitting: { state: true },
  };

  /** API base URL; uses the REST adapter. */
  endpoint: string | undefined;

  /** Any object implementing `Adapter`; takes precedence over `endpoint`. */
  adapter: Adapter | undefined;

  /** Text for the live region; changes are announced by screen readers. */
  protected announcement = '';

  /** An action (a vote, a signature, a rating) is on its way to the backend. */
  protected submitting = false;

  /** The widget's own messages; English inline, other languages loaded on demand. */
  static messages: MessageBundle | undefined;

  protected readonly locale = new LocaleController<K>(this, (this.constructor as { messages?: MessageBundle<K> }).messages);

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.locale.refresh();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('civic-configure', this.#onConfigure);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('civic-configure', this.#onConfigure);
  }

  #rendered = false;

  /**
   * The first render (styles, templates, the loading view) runs in a task of its
   * own rather than inside the one that defined or created the element.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.#rendered) return super.scheduleUpdate();
    this.#rendered = true;
    return nextTask().then(() => super.scheduleUpdate());
  }

  /** A late `configure()` call gives a widget that had no backend another chance, and may set its language. */
  readonly #onConfigure = () => {
    this.locale.refresh();
    this.requestUpdate();
  };

  /** The adapter in force, or `null` when none is configured. */
  protected get backend(): Adapter | null {
    return resolveAdapter(this);
  }

  /** Like `backend`, but warns and throws `MissingBackendError` so resource tasks show the error state. */
  protected requireBackend(): Adapter {
    const adapter = this.backend;
    if (adapter) return adapter;
    warn(
      `No backend configured for <${this.localName}>: set its "endpoint" or "adapter", call configure({ endpoint }), or add data-endpoint to the script tag.`,
    );
    throw new MissingBackendError();
  }

  /**
   * The data a widget shows, loaded through the adapter for its id (and
   * `extra`, such as a sort order): re-loaded when any of them or the adapter
   * changes. `civic-load` fires each time loaded data replaces the loading
   * view, never for a refresh of data already shown (live updates);
   * `civic-error` fires for failures.
   */
  protected loadResource<T, E = undefined>(
    id: () => string,
    load: (adapter: Adapter, id: string, signal: AbortSignal, extra: E) => Promise<T>,
    onComplete?: (value: T) => void,
    extra?: () => E,
  ): ResourceController<T, [string, Adapter | null, E]> {
    let delay = 2000;
    const data: ResourceController<T, [string, Adapter | null, E]> = new ResourceController(this, {
      args: () => [id(), this.backend, extra?.() as E],
      enabled: ([value]) => value !== '',
      task: ([value, , more], signal) => load(this.requireBackend(), value, signal, more),
      onComplete: (value) => {
        delay = 2000;
        onComplete?.(value);
        this.emit('civic-load', { id: id() });
      },
      onError: (error) => {
        this.emitError(error);
        // Reads try again by themselves, behind the error view: when the device is back online,
        // and after a pause that doubles up to a minute (the service may be back).
        if (!this.isRetryable(error)) return;
        const again = () => {
          removeEventListener('online', again);
          clearTimeout(timer);
          if (this.isConnected && data.status === 'error') void data.run(true);
        };
        addEventListener('online', again);
        const timer = setTimeout(again, (delay = Math.min(delay * 2, 60_000)));
      },
    });
    return data;
  }

  /**
   * Sends what a citizen did (a vote, a signature, a rating, a comment): nothing
   * without a backend; `busy` (by default `submitting`) is on while it runs; a
   * failure goes to `failed` with its plain-language message and fires
   * `civic-error`; the answer goes to `done`.
   */
  protected async act<T>(
    send: (adapter: Adapter) => Promise<T>,
    done: (value: T) => unknown,
    failed: (error: unknown, message: string) => void,
    busy: (on: boolean) => void = (on) => void (this.submitting = on),
  ): Promise<void> {
    const adapter = this.backend;
    if (!adapter) return;
    let value: T;
    busy(true);
    try {
      value = await send(adapter);
    } catch (error) {
      // The cause in plain words; when trying again can help, that what was entered is still there.
      failed(error, this.errorMessage(error) + (this.isRetryable(error) ? ` ${this.locale.i18n.t('error.kept')}` : ''));
      this.emitError(error);
      return;
    } finally {
      busy(false);
    }
    await done(value);
  }

  /** Focuses what `selector` finds once the pending render is done (a confirmation that replaced a form, a field in error). */
  protected async focusRendered(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Live updates on a topic, from the moment the data is shown. */
  protected liveUpdates(data: { readonly status: string }, topic: () => Topic | null, onEvent: (event: LiveEvent) => void): void {
    new LiveController(
      this,
      () => {
        const current = topic();
        return { adapter: data.status === 'complete' ? this.backend : null, topics: current ? [current] : [] };
      },
      onEvent,
    );
  }

  /** The shared loading and error views around a widget's own content. */
  protected renderResource<T, A extends readonly unknown[]>(
    data: ResourceController<T, A>,
    loadingLabel: string,
    complete: (value: T) => unknown,
  ): TemplateResult {
    return this.renderFrame(
      data.render({
        initial: () => this.renderLoading(loadingLabel),
        pending: () => this.renderLoading(loadingLabel),
        error: (error) => this.renderError(error, () => void data.retry()),
        complete,
      }),
    );
  }

  /** A heading's `aria-level`: the `heading-level` the page asked for (default 2) plus `offset`, kept within 1–6. */
  protected headingAt(requested: number, offset = 0): number {
    return Math.min(6, Math.max(1, Math.round(requested) || 2) + offset);
  }

  /** Fires a typed event that bubbles out of the shadow root. */
  protected emit<K extends CivicEventName>(name: K, detail: CivicEventMap[K]): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  /** Fires `civic-error` for a failure. */
  protected emitError(error: unknown): void {
    const err = error instanceof Error ? error : new Error(String(error));
    this.emit('civic-error', { error: err, retryable: err instanceof CivicError ? err.retryable : false });
  }

  /**
   * Announces a message politely. The same message twice is announced twice:
   * the region is emptied first so screen readers notice the change.
   */
  protected announce(message: string): void {
    if (this.announcement === message) {
      this.announcement = '';
      void this.updateComplete.then(() => (this.announcement = message));
    } else {
      this.announcement = message;
    }
  }

  /**
   * The plain-language message for any failure, never blaming the citizen for
   * what is not theirs: the device offline, the service unreachable or slow,
   * and a server error are each said as such.
   */
  protected errorMessage(error: unknown): string {
    const { i18n } = this.locale;
    if (error instanceof MissingBackendError) return i18n.t('error.no-backend');
    if (!(error instanceof CivicError)) return i18n.t('error.unknown');
    const { code } = error;
    // Their words load with the eligibility note (see verified/eligibility.ts).
    if (code === 'verification-required' || code === 'not-eligible') return verifiedSay(i18n, `error.${code}`);
    return i18n.t(
      code === 'network' && !navigator.onLine
        ? 'error.offline'
        : code === 'bad-response'
          ? 'error.server'
          : // A challenge the adapter could not solve in time: as if rate-limited.
            code === 'challenge-required'
            ? 'error.rate-limited'
            : `error.${code}`,
    );
  }

  /** Whether offering "Try again" can help. */
  protected isRetryable(error: unknown): boolean {
    return error instanceof CivicError && (error.retryable || error.code === 'bad-response');
  }

  /** The live region, present from the first render so later changes are announced. */
  protected renderStatus(): TemplateResult {
    return html`<div part="status" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      ${this.announcement}
    </div>`;
  }

  /** The shared loading view: reserved space and a label for assistive technology. */
  protected renderLoading(label = this.locale.i18n.t('common.loading')): TemplateResult {
    return html`<div part="loading" class="loading" aria-busy="true">
      <span class="visually-hidden">${label}</span><i></i><i></i><i></i>
    </div>`;
  }

  /** The shared error view with a retry button when it can help. */
  protected renderError(error: unknown, retry: () => void): TemplateResult {
    return html`<div part="error" class="error" role="alert">
      <p>${this.errorMessage(error)}</p>
      ${
        this.isRetryable(error)
          ? html`<p>${this.locale.i18n.t('error.retrying')}</p>
              <button part="retry" class="secondary" type="button" @click=${retry}>${this.locale.i18n.t('common.retry')}</button>`
          : nothing
      }
    </div>`;
  }

  /** Wraps a widget's content with the language, direction and live region. */
  protected renderFrame(content: unknown): TemplateResult {
    return html`<div class="root" part="base" lang=${this.locale.lang} dir=${this.locale.dir}>
      ${content}${this.renderStatus()}
    </div>`;
  }
}
