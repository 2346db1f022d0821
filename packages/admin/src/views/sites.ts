import { type TemplateResult, css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { LocaleController } from '@civic-widgets/elements';
import { ApiError, can } from '../api.js';
import type { ConsoleConfirm } from '../components/confirm-dialog.js';
import '../components/confirm-dialog.js';
import { errorSummary, fieldId, focusErrorSummary } from '../components/forms.js';
import { isolate } from '../components/text.js';
import { type SitesMessageKey, sitesMessages } from '../i18n/sites.js';
import { consoleStyles } from '../styles.js';
import { ConsoleView } from '../view.js';

interface Site {
  origin: string;
  note: string | null;
  addedBy: string | null;
  createdAt: string;
  /** From CIVIC_ALLOWED_ORIGINS: changed in the server's settings, not here. */
  fromEnvironment: boolean;
}

interface Refused {
  origin: string;
  count: number;
  firstAt: string;
  lastAt: string;
}

/**
 * `<civic-console-sites>`: the origins whose pages may send votes, comments,
 * signatures and ratings. Sites refused recently come first, each with an
 * "Allow" button, so a web team sees at once why its new page cannot vote.
 * Administrators add and remove sites (removing asks first); the sites set
 * in CIVIC_ALLOWED_ORIGINS are marked and cannot be removed here; other
 * roles read.
 */
export class ConsoleSites extends ConsoleView<SitesMessageKey> {
  static override styles = [
    consoleStyles,
    css`
      .warning-section {
        border-inline-start: 6px solid var(--_error);
        padding-inline-start: 1rem;
      }
      td .button,
      td button {
        min-block-size: 2.5rem;
        padding: 0.25rem 0.75rem;
      }
      td {
        overflow-wrap: anywhere;
      }
    `,
  ];
  protected readonly locale = new LocaleController<SitesMessageKey>(this, sitesMessages);

  @state() private sites: Site[] | null = null;
  @state() private refused: Refused[] | null = null;
  @state() private loadError: string | null = null;
  @state() private error: ApiError | null = null;
  @state() private actionError: string | null = null;
  @state() private notice: string | null = null;
  @state() private busy = false;
  @state() private origin = '';
  @state() private note = '';
  /** The site the removal dialog asks about. */
  @state() private removing = '';

  private get canWrite(): boolean {
    return can(this.session?.staff.role, 'sites');
  }

  // Not in connectedCallback: when this module loads after the shell rendered the tag, the
  // properties the shell set (api, session) are only restored on the first update.
  protected override firstUpdated(): void {
    void this.#load();
    this.focusHeading();
  }

  async #load(): Promise<void> {
    this.loadError = null;
    try {
      const [sites, refused] = await Promise.all([this.api.get<Site[]>('/sites'), this.api.get<Refused[]>('/sites/refused')]);
      this.sites = sites;
      this.refused = refused;
    } catch (error) {
      this.loadError = error instanceof Error ? error.message : String(error);
    }
  }

  #date(iso: string): string {
    return this.locale.i18n.date(iso, { dateStyle: 'medium', timeStyle: 'short' });
  }

  override render(): TemplateResult {
    return html`<div role="status">
        ${this.notice ? html`<p class="notice" id="notice" tabindex="-1">${this.notice}</p>` : nothing}
      </div>
      <h1 tabindex="-1">${this.t('sites.title')}</h1>
      <p>${this.t('sites.intro')}</p>
      ${this.canWrite ? nothing : html`<p class="muted">${this.t('sites.readOnly')}</p>`}
      ${this.actionError ? html`<div class="error-summary" role="alert"><p>${this.actionError}</p></div>` : nothing}
      ${this.#body()}
      ${
        this.canWrite
          ? html`<civic-console-confirm
              id="confirm-remove"
              warning
              heading=${this.t('confirm.remove', { origin: isolate(this.removing) })}
              confirm-label=${this.t('confirm.yesRemove')}
              cancel-label=${this.t('confirm.cancel')}
            >
              <p>${this.t('confirm.removeBody')}</p>
            </civic-console-confirm>`
          : nothing
      }`;
  }

  #body(): TemplateResult {
    if (this.loadError)
      return html`<div class="error-summary" role="alert">
        <p>${this.t('sites.loadError', { detail: this.loadError })}</p>
        <button type="button" class="secondary" @click=${() => void this.#load()}>${this.t('sites.retry')}</button>
      </div>`;
    if (!this.sites || !this.refused) return html`<p>${this.t('sites.loading')}</p>`;
    return html`${this.#refused(this.refused)} ${this.#allowed(this.sites)} ${this.canWrite ? this.#addForm() : nothing}`;
  }

  #refused(refused: Refused[]): TemplateResult {
    return html`<section aria-labelledby="refused-heading" class=${refused.length ? 'warning-section' : ''}>
      <h2 id="refused-heading">${this.t('refused.title')}</h2>
      ${
        refused.length === 0
          ? html`<p>${this.t('refused.none')}</p>`
          : html`<p>${this.t('refused.intro')}</p>
              <div class="table-wrap">
                <table>
                  <caption>
                    ${this.t('refused.caption')}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">${this.t('col.site')}</th>
                      <th scope="col" class="number">${this.t('col.refusals')}</th>
                      <th scope="col">${this.t('col.lastRefused')}</th>
                      <th scope="col">${this.t('col.firstRefused')}</th>
                      ${this.canWrite ? html`<th scope="col"><span class="visually-hidden">${this.t('col.action')}</span></th>` : nothing}
                    </tr>
                  </thead>
                  <tbody>
                    ${refused.map(
                      (r) =>
                        html`<tr>
                          <td><code dir="ltr">${r.origin}</code></td>
                          <td class="number">${this.locale.i18n.number(r.count)}</td>
                          <td>${this.#date(r.lastAt)}</td>
                          <td>${this.#date(r.firstAt)}</td>
                          ${
                            this.canWrite
                              ? html`<td>
                                  <button
                                    type="button"
                                    aria-disabled=${this.busy ? 'true' : 'false'}
                                    @click=${() => void this.#allow(r.origin)}
                                  >
                                    ${this.t('refused.allow')}<span class="visually-hidden">: ${r.origin}</span>
                                  </button>
                                </td>`
                              : nothing
                          }
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>`
      }
    </section>`;
  }

  #allowed(sites: Site[]): TemplateResult {
    return html`<section aria-labelledby="allowed-heading">
      <h2 id="allowed-heading">${this.t('allowed.title')}</h2>
      ${
        sites.length === 0
          ? html`<p>${this.t('allowed.none')}</p>`
          : html`<div class="table-wrap">
              <table>
                <caption class="visually-hidden">
                  ${this.t('allowed.caption')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${this.t('col.site')}</th>
                    <th scope="col">${this.t('col.note')}</th>
                    <th scope="col">${this.t('col.addedBy')}</th>
                    <th scope="col">${this.t('col.added')}</th>
                    ${this.canWrite ? html`<th scope="col"><span class="visually-hidden">${this.t('col.action')}</span></th>` : nothing}
                  </tr>
                </thead>
                <tbody>
                  ${sites.map(
                    (s) =>
                      html`<tr>
                        <td>
                          <code dir="ltr">${s.origin}</code>
                          ${s.fromEnvironment ? html`<br /><span class="tag">${this.t('allowed.fromEnvironment')}</span>` : nothing}
                        </td>
                        <td>
                          ${s.fromEnvironment ? this.t('allowed.fromEnvironmentNote') : s.note ? html`<bdi>${s.note}</bdi>` : '—'}
                        </td>
                        <td>${s.addedBy ? html`<bdi>${s.addedBy}</bdi>` : '—'}</td>
                        <td>${s.fromEnvironment ? '—' : this.#date(s.createdAt)}</td>
                        ${
                          this.canWrite
                            ? html`<td>
                                ${
                                  s.fromEnvironment
                                    ? nothing
                                    : html`<button
                                        type="button"
                                        class="secondary"
                                        aria-disabled=${this.busy ? 'true' : 'false'}
                                        @click=${() => void this.#remove(s.origin)}
                                      >
                                        ${this.t('allowed.remove')}<span class="visually-hidden">: ${s.origin}</span>
                                      </button>`
                                }
                              </td>`
                            : nothing
                        }
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
      }
    </section>`;
  }

  #addForm(): TemplateResult {
    const errors = this.error?.fieldErrors ?? [];
    const originError = errors.find((e) => e.path === 'origin')?.message;
    const noteError = errors.find((e) => e.path === 'note')?.message;
    const originId = fieldId('origin');
    const noteId = fieldId('note');
    const describedBy = (id: string, error: string | undefined) => `${id}-hint${error ? ` ${id}-error` : ''}`;
    return html`<section aria-labelledby="add-heading">
      <h2 id="add-heading">${this.t('add.title')}</h2>
      ${errorSummary(this.t('add.errorTitle'), this.error, this.t('add.errorTitle'))}
      <form novalidate @submit=${this.#submit}>
        <div class="field ${originError ? 'invalid' : ''}">
          <label for=${originId}>${this.t('add.origin')}</label>
          <span class="hint" id="${originId}-hint">${this.t('add.originHint')}</span>
          ${originError ? html`<span class="error" id="${originId}-error">${originError}</span>` : nothing}
          <input
            id=${originId}
            name="origin"
            type="url"
            dir="ltr"
            inputmode="url"
            spellcheck="false"
            autocomplete="off"
            aria-describedby=${describedBy(originId, originError)}
            aria-invalid=${originError ? 'true' : nothing}
            .value=${live(this.origin)}
            @input=${(e: Event) => (this.origin = (e.target as HTMLInputElement).value)}
          />
        </div>
        <div class="field ${noteError ? 'invalid' : ''}">
          <label for=${noteId}>${this.t('add.note')}</label>
          <span class="hint" id="${noteId}-hint">${this.t('add.noteHint')}</span>
          ${noteError ? html`<span class="error" id="${noteId}-error">${noteError}</span>` : nothing}
          <input
            id=${noteId}
            name="note"
            type="text"
            dir="auto"
            autocomplete="off"
            aria-describedby=${describedBy(noteId, noteError)}
            aria-invalid=${noteError ? 'true' : nothing}
            .value=${live(this.note)}
            @input=${(e: Event) => (this.note = (e.target as HTMLInputElement).value)}
          />
        </div>
        <div class="actions">
          <button type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
            ${this.busy ? this.t('add.saving') : this.t('add.submit')}
          </button>
        </div>
      </form>
    </section>`;
  }

  readonly #submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (this.busy) return;
    const added = await this.#add(this.origin, this.note);
    if (added) {
      this.origin = '';
      this.note = '';
    } else {
      await focusErrorSummary(this);
    }
  };

  async #allow(origin: string): Promise<void> {
    if (this.busy) return;
    await this.#add(origin, this.t('refused.note'));
  }

  /** Adds a site; true when the server accepted. Refusals go to the form's error summary. */
  async #add(origin: string, note: string): Promise<boolean> {
    this.busy = true;
    this.actionError = null;
    try {
      const site = await this.api.post<Site>('/sites', { origin: origin.trim(), ...(note.trim() ? { note: note.trim() } : {}) });
      this.error = null;
      await this.#load();
      await this.#announce(this.t('notice.added', { origin: isolate(site.origin) }));
      return true;
    } catch (error) {
      this.error = this.#plain(error);
      return false;
    } finally {
      this.busy = false;
    }
  }

  async #remove(origin: string): Promise<void> {
    if (this.busy) return;
    this.removing = origin;
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector<ConsoleConfirm>('#confirm-remove');
    if (!dialog || !(await dialog.ask())) return;
    this.busy = true;
    this.actionError = null;
    try {
      await this.api.delete('/sites', { origin });
      await this.#load();
      await this.#announce(this.t('notice.removed', { origin: isolate(origin) }));
    } catch (error) {
      this.actionError = error instanceof Error ? error.message : String(error);
    } finally {
      this.busy = false;
    }
  }

  /** The server's field errors in plain words; without a field, its sentence. */
  #plain(error: unknown): ApiError {
    if (!(error instanceof ApiError)) return new ApiError(0, 'network', String(error));
    const fieldErrors = error.fieldErrors.map((e) => ({
      path: e.path,
      message: e.path === 'note' ? this.t('error.note') : e.path === 'origin' ? this.t('error.origin') : e.message,
    }));
    return new ApiError(error.status, error.code, error.message, fieldErrors);
  }

  async #announce(message: string): Promise<void> {
    this.notice = message;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#notice')?.focus();
  }
}

customElements.define('civic-console-sites', ConsoleSites);
