import { html, nothing, type TemplateResult } from 'lit';
import { query, state } from 'lit/decorators.js';
import { LocaleController } from '@civic-widgets/elements';
import { ApiError } from '../api.js';
import type { ConsoleConfirm } from '../components/confirm-dialog.js';
import '../components/confirm-dialog.js';
import { errorFor, errorSummary, field, focusErrorSummary } from '../components/forms.js';
import '../components/one-time-secret.js';
import { withServerMessage } from '../components/server-errors.js';
import { isolate } from '../components/text.js';
import { type TokensMessageKey, tokensMessages } from '../i18n/tokens.js';
import { ConsoleView } from '../view.js';

interface TokenView {
  id: number;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/**
 * `#/tokens` (every role): your personal API tokens for automation. A new
 * token is shown once; revoking asks first.
 */
export class ConsoleTokens extends ConsoleView<TokensMessageKey> {
  protected readonly locale = new LocaleController<TokensMessageKey>(this, tokensMessages);
  @state() private tokens: TokenView[] | null = null;
  @state() private loadError: string | null = null;
  @state() private error: ApiError | null = null;
  @state() private revokeError: ApiError | null = null;
  @state() private created: (TokenView & { token: string }) | null = null;
  @state() private revoked: TokenView | null = null;
  @state() private pending: TokenView | null = null;
  @state() private busy = false;
  @query('civic-console-confirm') private confirmDialog!: ConsoleConfirm;

  // Properties arrive after connection when the view's code loads late: read once they are set.
  protected override firstUpdated(): void {
    void this.#load();
    this.focusHeading();
  }

  async #load(): Promise<void> {
    this.loadError = null;
    try {
      this.tokens = await this.api.get<TokenView[]>('/tokens');
    } catch (error) {
      this.loadError = (error as Error).message;
    }
  }

  override render(): TemplateResult {
    const role = this.session?.staff.role;
    return html`<h1 tabindex="-1">${this.t('tokens.title')}</h1>
      <p>${this.t('tokens.intro', { role: role ? this.t(`role.${role}`) : '' })}</p>
      <p>${this.t('tokens.howTo')}</p>
      <pre dir="ltr"><code>Authorization: Bearer civic_pat_…</code></pre>
      ${this.revoked ? html`<div class="notice" role="status" tabindex="-1" id="revoked">${this.t('revoke.done', { name: isolate(this.revoked.name) })}</div>` : nothing}
      ${errorSummary(this.t('revoke.errorTitle'), this.revokeError, this.t('revoke.errorTitle'))} ${this.#table()}
      ${this.created ? this.#created(this.created) : this.#form()}
      <civic-console-confirm
        .heading=${this.t('revoke.title', { name: isolate(this.pending?.name ?? '') })}
        .confirmLabel=${this.t('revoke.confirm')}
        .cancelLabel=${this.t('cancel')}
        warning
      >
        <p>${this.t('revoke.body')}</p>
      </civic-console-confirm>`;
  }

  #table(): TemplateResult {
    if (this.loadError)
      return html`<div class="error-summary" role="alert"><p>${this.t('tokens.loadError', { detail: this.loadError })}</p></div>
        <button class="secondary" @click=${() => void this.#load()}>${this.t('tokens.retry')}</button>`;
    if (!this.tokens) return html`<p role="status">${this.t('tokens.loading')}</p>`;
    if (!this.tokens.length) return html`<p>${this.t('tokens.none')}</p>`;
    const date = (iso: string) =>
      html`<time datetime=${iso}>${this.locale.i18n.date(iso, { dateStyle: 'medium', timeStyle: 'short' })}</time>`;
    return html`<div class="table-wrap" role="region" tabindex="0" aria-labelledby="tokens-caption">
      <table>
        <caption id="tokens-caption">
          ${this.t('tokens.caption', { count: this.tokens.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.t('col.name')}</th>
            <th scope="col">${this.t('col.created')}</th>
            <th scope="col">${this.t('col.lastUsed')}</th>
            <th scope="col">${this.t('col.status')}</th>
            <th scope="col">${this.t('col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          ${this.tokens.map(
            (token) =>
              html`<tr>
                <th scope="row"><bdi>${token.name}</bdi></th>
                <td>${date(token.createdAt)}</td>
                <td>${token.lastUsedAt ? date(token.lastUsedAt) : this.t('tokens.never')}</td>
                <td>
                  ${
                    token.revokedAt
                      ? html`<span class="tag">${this.t('tokens.revoked')}</span><br />${date(token.revokedAt)}`
                      : html`<span class="tag">${this.t('tokens.active')}</span>`
                  }
                </td>
                <td>
                  ${
                    token.revokedAt
                      ? nothing
                      : html`<button
                          class="secondary"
                          aria-disabled=${this.busy ? 'true' : 'false'}
                          @click=${() => void this.#revoke(token)}
                        >
                          ${this.t('tokens.revoke')}<span class="visually-hidden"> <bdi>${token.name}</bdi></span>
                        </button>`
                  }
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  #form(): TemplateResult {
    return html`<h2>${this.t('create.title')}</h2>
      ${errorSummary(this.t('create.errorTitle'), this.error, this.t('create.errorTitle'))}
      <form novalidate @submit=${this.#create}>
        ${field({
          path: 'name',
          label: this.t('create.name'),
          hint: this.t('create.nameHint'),
          error: errorFor(this.error?.fieldErrors ?? [], 'name'),
          control: (id, describedBy) =>
            html`<input
              id=${id}
              name="name"
              type="text"
              autocomplete="off"
              maxlength="80"
              required
              aria-describedby=${describedBy || nothing}
            />`,
        })}
        <div class="actions">
          <button type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
            ${this.busy ? this.t('create.working') : this.t('create.submit')}
          </button>
        </div>
      </form>`;
  }

  #created(created: TokenView & { token: string }): TemplateResult {
    const name = isolate(created.name);
    return html`<h2 tabindex="-1" id="created">${this.t('created.title')}</h2>
      <div class="notice" role="status">${this.t('created.status', { name })}</div>
      <p><strong>${this.t('created.warning')}</strong></p>
      <civic-console-secret
        .label=${this.t('created.label', { name })}
        .value=${created.token}
        .copyLabel=${this.t('copy')}
        .copiedLabel=${this.t('copied')}
        .failedLabel=${this.t('copyFailed')}
      ></civic-console-secret>
      <div class="actions">
        <button class="secondary" @click=${this.#done}>${this.t('created.done')}</button>
      </div>`;
  }

  async #create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const name = String(new FormData(event.target as HTMLFormElement).get('name') ?? '').trim();
    if (!name)
      return this.#fail(new ApiError(422, 'invalid-input', '', [{ path: 'name', message: this.t('create.nameRequired') }]));
    this.busy = true;
    this.revoked = null;
    try {
      const created = await this.api.post<TokenView & { token: string }>('/tokens', { name });
      this.created = created;
      this.error = null;
      const { token: _shownOnce, ...view } = created;
      this.tokens = [view, ...(this.tokens ?? [])];
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#created')?.focus();
    } catch (error) {
      await this.#fail(withServerMessage(error));
    } finally {
      this.busy = false;
    }
  }

  async #fail(error: ApiError): Promise<void> {
    this.error = error;
    await focusErrorSummary(this);
  }

  /** The token leaves the page once its owner has stored it. */
  async #done(): Promise<void> {
    this.created = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('input[name=name]')?.focus();
  }

  async #revoke(token: TokenView): Promise<void> {
    if (this.busy) return;
    this.pending = token;
    if (!(await this.confirmDialog.ask())) return;
    this.busy = true;
    try {
      const revoked = await this.api.post<TokenView>(`/tokens/${token.id}/revoke`);
      this.tokens = (this.tokens ?? []).map((t) => (t.id === revoked.id ? revoked : t));
      this.revoked = revoked;
      this.revokeError = null;
      // The button is gone: focus goes to the message saying it is done.
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#revoked')?.focus();
    } catch (error) {
      this.revokeError = error instanceof ApiError ? error : new ApiError(0, 'network', String(error));
      await focusErrorSummary(this);
    } finally {
      this.busy = false;
    }
  }
}

customElements.define('civic-console-tokens', ConsoleTokens);
