import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { LocaleController } from '@civic-widgets/elements';
import { ApiError, type Role, type StaffView } from '../api.js';
import { errorFor, errorSummary, field, focusErrorSummary } from '../components/forms.js';
import { roleChoice, roleChoiceStyles } from '../components/role-choice.js';
import { withServerMessage } from '../components/server-errors.js';
import '../components/one-time-secret.js';
import { isolate } from '../components/text.js';
import { type StaffMessageKey, staffMessages } from '../i18n/staff.js';
import { href } from '../router.js';
import { consoleStyles } from '../styles.js';
import { ConsoleView } from '../view.js';
import { roleWords } from './staff-facts.js';

interface Invitation {
  staff: StaffView;
  setupLink: string;
}

/**
 * `#/staff/invite`: e-mail, name and role; the answer's one-time set-up link
 * is shown once, to copy and send to the person.
 */
export class ConsoleStaffInvite extends ConsoleView<StaffMessageKey> {
  static override styles = [consoleStyles, roleChoiceStyles];
  protected readonly locale = new LocaleController<StaffMessageKey>(this, staffMessages);
  @state() private error: ApiError | null = null;
  @state() private busy = false;
  @state() private invitation: Invitation | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.focusHeading();
  }

  override render(): TemplateResult {
    return html`<p><a href=${href('staff')}>${this.t('back')}</a></p>
      ${this.invitation ? this.#invited(this.invitation) : this.#form()}`;
  }

  #form(): TemplateResult {
    const errors = this.error?.fieldErrors ?? [];
    return html`<h1 tabindex="-1">${this.t('invite.title')}</h1>
      ${errorSummary(this.t('invite.errorTitle'), this.error, this.t('invite.errorTitle'))}
      <p>${this.t('invite.intro')}</p>
      <form novalidate @submit=${this.#submit}>
        ${field({
          path: 'email',
          label: this.t('invite.email'),
          hint: this.t('invite.emailHint'),
          error: errorFor(errors, 'email'),
          control: (id, describedBy) =>
            html`<input
              id=${id}
              name="email"
              type="email"
              autocomplete="off"
              spellcheck="false"
              dir="ltr"
              required
              aria-describedby=${describedBy || nothing}
            />`,
        })}
        ${field({
          path: 'name',
          label: this.t('invite.name'),
          hint: this.t('invite.nameHint'),
          error: errorFor(errors, 'name'),
          control: (id, describedBy) =>
            html`<input
              id=${id}
              name="name"
              type="text"
              autocomplete="off"
              maxlength="120"
              aria-describedby=${describedBy || nothing}
            />`,
        })}
        ${roleChoice({
          path: 'role',
          legend: this.t('invite.role'),
          hint: this.t('invite.roleHint'),
          error: errorFor(errors, 'role'),
          value: null,
          roles: roleWords((k) => this.t(k)),
        })}
        <div class="actions">
          <button type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
            ${this.busy ? this.t('invite.working') : this.t('invite.submit')}
          </button>
        </div>
      </form>`;
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const form = new FormData(event.target as HTMLFormElement);
    const email = String(form.get('email') ?? '').trim();
    const name = String(form.get('name') ?? '').trim();
    const role = form.get('role') as Role | null;
    const missing = [
      ...(email ? [] : [{ path: 'email', message: this.t('invite.emailRequired') }]),
      ...(role ? [] : [{ path: 'role', message: this.t('invite.roleRequired') }]),
    ];
    if (missing.length) return this.#fail(new ApiError(422, 'invalid-input', '', missing));
    this.busy = true;
    try {
      this.invitation = await this.api.post<Invitation>('/staff', { email, role, ...(name ? { name } : {}) });
      this.error = null;
      this.focusHeading();
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

  #invited({ staff, setupLink }: Invitation): TemplateResult {
    return html`<h1 tabindex="-1">${this.t('invited.title')}</h1>
      <div class="notice" role="status">
        ${this.t('invited.status', { name: isolate(staff.name), role: this.t(`role.${staff.role}`) })}
      </div>
      <p>${this.t('invited.send', { email: isolate(staff.email) })}</p>
      <civic-console-secret
        .label=${this.t('invited.linkLabel', { name: isolate(staff.name) })}
        .value=${setupLink}
        .copyLabel=${this.t('copy')}
        .copiedLabel=${this.t('copied')}
        .failedLabel=${this.t('copyFailed')}
      ></civic-console-secret>
      <div class="actions">
        <button class="secondary" @click=${this.#again}>${this.t('invited.another')}</button>
        <a href=${href('staff')}>${this.t('back')}</a>
      </div>`;
  }

  #again(): void {
    this.invitation = null;
    this.focusHeading();
  }
}

customElements.define('civic-console-staff-invite', ConsoleStaffInvite);
