import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { LocaleController } from '@civic-widgets/elements';
import { ApiError, type SessionView } from '../api.js';
import { errorFor, errorSummary, focusErrorSummary, inputField } from '../components/forms.js';
import { type ShellMessageKey, shellMessages } from '../i18n/shell.js';
import { ConsoleView } from '../view.js';

interface AuthMethods {
  password: boolean;
  oidc: { label: string; start: string } | null;
}

/**
 * Sign-in, and setting a password from a one-time link (`#setup=TOKEN`).
 * Fires `signed-in` with the session once the server accepted.
 */
export class ConsoleSignIn extends ConsoleView<ShellMessageKey> {
  protected readonly locale = new LocaleController<ShellMessageKey>(this, shellMessages);
  @state() private error: ApiError | null = null;
  @state() private busy = false;
  @state() private notice: ShellMessageKey | null = null;
  @state() private methods: AuthMethods | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    // Single sign-on is offered when the server has it (older servers answer 404: password only).
    this.api
      .get<AuthMethods>('/auth/methods')
      .then((m) => (this.methods = m))
      .catch(() => (this.methods = { password: true, oidc: null }));
    this.focusHeading();
  }

  override render(): TemplateResult {
    return this.route.setupToken ? this.#setup(this.route.setupToken) : this.#signIn();
  }

  #signIn(): TemplateResult {
    const sso = this.route.signInError ? `signIn.sso.${this.route.signInError}` : null;
    const ssoMessage = sso && sso in shellMessages.en ? this.t(sso as ShellMessageKey) : sso ? this.t('signIn.sso.failed') : null;
    const errors = this.error?.fieldErrors ?? [];
    return html`<h1 tabindex="-1">${this.t('signIn.title')}</h1>
      ${this.notice ? html`<div class="notice" role="status">${this.t(this.notice)}</div>` : nothing}
      ${ssoMessage ? html`<div class="error-summary" role="alert"><p>${ssoMessage}</p></div>` : nothing}
      ${errorSummary(this.t('signIn.errorTitle'), this.error, this.t('signIn.errorTitle'))}
      ${
        this.methods?.oidc
          ? html`<p><a class="button" href=${this.methods.oidc.start}>${this.methods.oidc.label}</a></p>
              <p class="muted">${this.t('signIn.or')}</p>`
          : nothing
      }
      <p>${this.t('signIn.intro')}</p>
      <form novalidate @submit=${this.#submitSignIn}>
        ${inputField({
          path: 'email',
          label: this.t('signIn.email'),
          error: errorFor(errors, 'email'),
          type: 'email',
          autocomplete: 'username',
          verbatim: true,
          required: true,
        })}
        ${inputField({
          path: 'password',
          label: this.t('signIn.password'),
          error: errorFor(errors, 'password'),
          type: 'password',
          autocomplete: 'current-password',
          required: true,
        })}
        <div class="actions">
          <button type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
            ${this.busy ? this.t('signIn.working') : this.t('signIn.submit')}
          </button>
        </div>
      </form>`;
  }

  async #submitSignIn(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const form = new FormData(event.target as HTMLFormElement);
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const missing = [
      ...(email ? [] : [{ path: 'email', message: this.t('signIn.emailRequired') }]),
      ...(password ? [] : [{ path: 'password', message: this.t('signIn.passwordRequired') }]),
    ];
    if (missing.length) return this.#fail(new ApiError(422, 'invalid-input', '', missing));
    this.busy = true;
    try {
      const session = await this.api.post<SessionView>('/session', { email, password });
      this.dispatchEvent(new CustomEvent('signed-in', { detail: session, bubbles: true, composed: true }));
    } catch (error) {
      await this.#fail(error instanceof ApiError ? error : new ApiError(0, 'network', String(error)));
    } finally {
      this.busy = false;
    }
  }

  #setup(token: string): TemplateResult {
    const errors = this.error?.fieldErrors ?? [];
    return html`<h1 tabindex="-1">${this.t('setup.title')}</h1>
      ${errorSummary(this.t('setup.errorTitle'), this.error, this.t('setup.errorTitle'))}
      <p>${this.t('setup.intro')}</p>
      <form novalidate @submit=${(e: SubmitEvent) => this.#submitSetup(e, token)}>
        ${inputField({
          path: 'password',
          label: this.t('setup.password'),
          error: errorFor(errors, 'password'),
          type: 'password',
          autocomplete: 'new-password',
          minlength: 12,
          required: true,
        })}
        ${inputField({
          path: 'confirm',
          label: this.t('setup.confirm'),
          error: errorFor(errors, 'confirm'),
          type: 'password',
          autocomplete: 'new-password',
          required: true,
        })}
        <div class="actions"><button type="submit">${this.t('setup.submit')}</button></div>
      </form>`;
  }

  async #submitSetup(event: SubmitEvent, token: string): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const password = String(form.get('password') ?? '');
    if (password !== String(form.get('confirm') ?? ''))
      return this.#fail(new ApiError(422, 'invalid-input', '', [{ path: 'confirm', message: this.t('setup.mismatch') }]));
    try {
      await this.api.post('/setup', { token, password });
      this.error = null;
      this.notice = 'setup.done';
      history.replaceState(null, '', location.pathname);
      this.route = { ...this.route, setupToken: null };
      this.focusHeading();
    } catch (error) {
      await this.#fail(error instanceof ApiError ? error : new ApiError(0, 'network', String(error)));
    }
  }

  async #fail(error: ApiError): Promise<void> {
    this.error = error;
    await focusErrorSummary(this);
  }
}

customElements.define('civic-console-sign-in', ConsoleSignIn);
