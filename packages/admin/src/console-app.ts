import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { LocaleController, isRtl } from '@civic-widgets/elements';
import { AdminApi, ApiError, type Role, type SessionView, can } from './api.js';
import { bestLanguage } from '@civic-widgets/core';
import { CONSOLE_LANGUAGES, CONSOLE_TAGS, type ShellMessageKey, shellMessages } from './i18n/shell.js';
import { type Route, href, parseRoute } from './router.js';
import { consoleStyles } from './styles.js';
import { shellStyles } from './shell.styles.js';
import { type ViewEntry, views } from './views.js';
import './views/sign-in.js';
import './views/home.js';

const LANGUAGE_KEY = 'civic-console-lang';

/**
 * `<civic-console>`: the frame of the console. It finds out who is signed in,
 * shows the sign-in or password set-up page otherwise, keeps the console's
 * language (chosen by the member, kept in this browser), and shows the view
 * for the current `#/route`, loading each view's code on first use.
 */
export class CivicConsole extends LitElement {
  static override styles = [consoleStyles, shellStyles];

  readonly #api = new AdminApi();
  readonly #locale = new LocaleController<ShellMessageKey>(this, shellMessages);
  @state() private session: SessionView | null = null;
  @state() private checked = false;
  @state() private route: Route = parseRoute(location.hash);
  @state() private loadError: string | null = null;
  readonly #loaded = new Set<string>();

  constructor() {
    super();
    this.#api.onSignedOut = () => (this.session = null);
    const saved = localStorage.getItem(LANGUAGE_KEY);
    if (saved && CONSOLE_LANGUAGES.some((l) => l.tag === saved)) this.#setLanguage(saved);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
    void this.#checkSession();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.#onHashChange);
    super.disconnectedCallback();
  }

  readonly #onHashChange = () => {
    this.route = parseRoute(location.hash);
    // Focus goes to the new page's heading (each view does it once rendered).
    window.scrollTo(0, 0);
  };

  async #checkSession(): Promise<void> {
    try {
      this.#signedIn(await this.#api.get<SessionView>('/session'));
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 401) this.loadError = (error as Error).message;
    } finally {
      this.checked = true;
    }
  }

  #signedIn(session: SessionView): void {
    this.session = session;
    this.#api.csrfToken = session.csrfToken;
  }

  async #signOut(): Promise<void> {
    await this.#api.delete('/session').catch(() => undefined);
    this.session = null;
    this.#api.csrfToken = '';
    location.hash = '';
  }

  #setLanguage(tag: string): void {
    document.documentElement.lang = tag;
    document.documentElement.dir = isRtl(tag) ? 'rtl' : 'ltr';
    localStorage.setItem(LANGUAGE_KEY, tag);
  }

  #t(key: ShellMessageKey, params?: Record<string, string | number>): string {
    return this.#locale.i18n.t(key, params);
  }

  override render(): TemplateResult {
    // The console's language as its catalogues resolve it: pt-PT shows Português, pt-BR Português (Brasil).
    const current = bestLanguage(this.#locale.lang, CONSOLE_TAGS);
    return html`<a class="skip" href="#main" @click=${this.#skip}>${this.#t('console.skip')}</a>
      <header class="masthead">
        <div class="bar">
          <a class="brand" href="#/">${this.#t('console.title')}</a>
          <div class="tools">
            <label class="language">
              <span>${this.#t('console.language')}</span>
              <select @change=${(e: Event) => this.#setLanguage((e.target as HTMLSelectElement).value)}>
                ${CONSOLE_LANGUAGES.map(
                  (l) => html`<option value=${l.tag} lang=${l.tag} ?selected=${l.tag === current}>${l.name}</option>`,
                )}
              </select>
            </label>
            ${
              this.session
                ? html`<span class="who"
                      >${this.#t('console.signedInAs', {
                        name: this.session.staff.name,
                        role: this.#t(`role.${this.session.staff.role}`),
                      })}</span
                    >
                    <button class="secondary on-dark" @click=${this.#signOut}>${this.#t('console.signOut')}</button>`
                : nothing
            }
          </div>
        </div>
        ${this.session ? this.#nav(this.session.staff.role) : nothing}
      </header>
      <main id="main" tabindex="-1">${this.#main()}</main>`;
  }

  #skip(event: Event): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('#main')?.focus();
  }

  #nav(role: Role): TemplateResult {
    const items: [ShellMessageKey, string, boolean][] = [
      ['nav.home', '#/', true],
      ['nav.content', href('content'), true],
      ['nav.moderation', href('moderation'), can(role, 'moderation')],
      ['nav.petitions', href('petitions'), can(role, 'signatures')],
      ['nav.results', href('results'), true],
      ['nav.sites', href('sites'), true],
      ['nav.staff', href('staff'), can(role, 'staff')],
      ['nav.tokens', href('tokens'), true],
      ['nav.audit', href('audit'), can(role, 'audit')],
    ];
    const current = `#/${this.route.path[0] ?? ''}`;
    return html`<nav aria-label=${this.#t('nav.label')}>
      <ul>
        ${items
          .filter(([, , shown]) => shown)
          .map(
            ([key, link]) =>
              html`<li>
                <a href=${link} aria-current=${(link === '#/' ? current === '#/' : current === link) ? 'page' : nothing}
                  >${this.#t(key)}</a
                >
              </li>`,
          )}
      </ul>
    </nav>`;
  }

  #main(): TemplateResult {
    if (!this.checked) return html`<p role="status">${this.#t('console.loading')}</p>`;
    if (this.loadError)
      return html`<h1>${this.#t('console.error', { detail: this.loadError })}</h1>
        <button @click=${() => ((this.loadError = null), (this.checked = false), void this.#checkSession())}>
          ${this.#t('console.retry')}
        </button>`;
    if (!this.session)
      return html`<civic-console-sign-in
        .api=${this.#api}
        .route=${this.route}
        @signed-in=${(e: CustomEvent<SessionView>) => this.#signedIn(e.detail)}
      ></civic-console-sign-in>`;
    const name = this.route.path[0] ?? '';
    if (name === '')
      return html`<civic-console-home .api=${this.#api} .session=${this.session} .route=${this.route}></civic-console-home>`;
    const entry = views[name];
    if (!entry) return this.#message('console.notFound', 'console.notFoundBody');
    if (entry.allowed && !entry.allowed(this.session.staff.role))
      return this.#message('console.forbidden', 'console.forbiddenBody', { role: this.#t(`role.${this.session.staff.role}`) });
    this.#load(name, entry);
    return entry.render({ api: this.#api, session: this.session, route: this.route });
  }

  #message(title: ShellMessageKey, body: ShellMessageKey, params?: Record<string, string>): TemplateResult {
    return html`<h1 tabindex="-1">${this.#t(title)}</h1>
      <p>${this.#t(body, params)}</p>`;
  }

  /** Loads a view's code the first time it is shown (the sign-in page stays small). */
  #load(name: string, entry: ViewEntry): void {
    if (this.#loaded.has(name)) return;
    this.#loaded.add(name);
    entry.load().catch((error: unknown) => (this.loadError = (error as Error).message));
  }
}

customElements.define('civic-console', CivicConsole);
