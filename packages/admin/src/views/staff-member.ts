import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { LocaleController } from '@civic-widgets/elements';
import { ApiError, type Role, type StaffView } from '../api.js';
import type { ConsoleConfirm } from '../components/confirm-dialog.js';
import '../components/confirm-dialog.js';
import { errorFor, errorSummary, focusErrorSummary } from '../components/forms.js';
import type { ConsoleSecret } from '../components/one-time-secret.js';
import '../components/one-time-secret.js';
import { roleChoice, roleChoiceStyles } from '../components/role-choice.js';
import { withServerMessage } from '../components/server-errors.js';
import { isolate } from '../components/text.js';
import { type StaffMessageKey, staffMessages } from '../i18n/staff.js';
import { href } from '../router.js';
import { consoleStyles } from '../styles.js';
import { ConsoleView } from '../view.js';
import { roleWords, staffFacts } from './staff-facts.js';

type Notice = { key: StaffMessageKey; params?: Record<string, string> };

/**
 * `#/staff/<id>`: one staff member. Change their role, make a new one-time
 * set-up link (a password reset), disable or re-enable the account (asked
 * first). The server refuses changes to one's own role or status; its
 * message is shown.
 */
export class ConsoleStaffMember extends ConsoleView<StaffMessageKey> {
  static override styles = [consoleStyles, roleChoiceStyles];
  protected readonly locale = new LocaleController<StaffMessageKey>(this, staffMessages);
  @property({ type: Number }) staffId = 0;
  @state() private member: StaffView | null | undefined = undefined;
  @state() private loadError: string | null = null;
  @state() private error: ApiError | null = null;
  @state() private notice: Notice | null = null;
  @state() private setupLink: string | null = null;
  @state() private busy = false;
  @query('civic-console-confirm') private confirmDialog!: ConsoleConfirm;

  protected override firstUpdated(): void {
    void this.#load();
  }

  async #load(): Promise<void> {
    this.loadError = null;
    try {
      const all = await this.api.get<StaffView[]>('/staff');
      this.member = all.find((m) => m.id === this.staffId) ?? null;
    } catch (error) {
      this.loadError = (error as Error).message;
    }
    this.focusHeading();
  }

  override render(): TemplateResult {
    return html`<p><a href=${href('staff')}>${this.t('back')}</a></p>
      ${this.#body()}`;
  }

  #body(): TemplateResult {
    if (this.loadError)
      return html`<h1 tabindex="-1">${this.t('staff.title')}</h1>
        <div class="error-summary" role="alert"><p>${this.t('staff.loadError', { detail: this.loadError })}</p></div>
        <button class="secondary" @click=${() => void this.#load()}>${this.t('staff.retry')}</button>`;
    if (this.member === undefined) return html`<p role="status">${this.t('member.loading')}</p>`;
    if (this.member === null)
      return html`<h1 tabindex="-1">${this.t('member.notFound')}</h1>
        <p>${this.t('member.notFoundBody')}</p>`;
    const member = this.member;
    const facts = staffFacts(this.locale.i18n, member);
    const self = member.id === this.session?.staff.id;
    return html`<h1 tabindex="-1"><bdi>${member.name}</bdi></h1>
      ${this.notice ? html`<div class="notice" role="status">${this.t(this.notice.key, this.notice.params)}</div>` : nothing}
      ${errorSummary(this.t('member.errorTitle'), this.error, this.t('member.errorTitle'))}
      <dl class="summary-list">
        <dt>${this.t('col.email')}</dt>
        <dd><bdi>${member.email}</bdi></dd>
        <dt>${this.t('col.role')}</dt>
        <dd>${this.t(`role.${member.role}`)}</dd>
        <dt>${this.t('col.status')}</dt>
        <dd>${facts.status}</dd>
        <dt>${this.t('col.methods')}</dt>
        <dd>${facts.methods}</dd>
        <dt>${this.t('col.lastSignIn')}</dt>
        <dd>${facts.lastSignIn}</dd>
        <dt>${this.t('member.added')}</dt>
        <dd>
          <time datetime=${member.createdAt}>${this.locale.i18n.date(member.createdAt, { dateStyle: 'medium' })}</time>
        </dd>
      </dl>
      ${self ? html`<p class="notice">${this.t('member.you')}</p>` : nothing} ${this.#roleForm(member)}
      ${this.#setupLinkSection(member)} ${this.#access(member)}`;
  }

  #roleForm(member: StaffView): TemplateResult {
    return html`<h2>${this.t('member.roleTitle')}</h2>
      <form novalidate @submit=${this.#saveRole}>
        ${roleChoice({
          path: 'role',
          legend: this.t('col.role'),
          hint: this.t('member.roleHint'),
          error: errorFor(this.error?.fieldErrors ?? [], 'role'),
          value: member.role,
          roles: roleWords((k) => this.t(k)),
        })}
        <div class="actions">
          <button type="submit" class="secondary" aria-disabled=${this.busy ? 'true' : 'false'}>
            ${this.t('member.saveRole')}
          </button>
        </div>
      </form>`;
  }

  #setupLinkSection(member: StaffView): TemplateResult {
    const name = isolate(member.name);
    return html`<h2>${this.t('member.linkTitle')}</h2>
      ${
        member.status === 'disabled'
          ? html`<p>${this.t('member.linkDisabled')}</p>`
          : this.setupLink
            ? html`<p>${this.t('member.linkSend', { email: isolate(member.email) })}</p>
                <civic-console-secret
                  .label=${this.t('invited.linkLabel', { name })}
                  .value=${this.setupLink}
                  .copyLabel=${this.t('copy')}
                  .copiedLabel=${this.t('copied')}
                  .failedLabel=${this.t('copyFailed')}
                ></civic-console-secret>`
            : html`<p>${this.t('member.linkIntro')}</p>
                <div class="actions">
                  <button class="secondary" aria-disabled=${this.busy ? 'true' : 'false'} @click=${this.#newLink}>
                    ${this.t('member.makeLink')}
                  </button>
                </div>`
      }`;
  }

  #access(member: StaffView): TemplateResult {
    const disabled = member.status === 'disabled';
    const name = isolate(member.name);
    return html`<h2>${this.t('member.accessTitle')}</h2>
      <p>${this.t(disabled ? 'member.enableIntro' : 'member.disableIntro')}</p>
      <div class="actions">
        <button
          id="field-status"
          class=${disabled ? 'secondary' : 'warning'}
          aria-disabled=${this.busy ? 'true' : 'false'}
          @click=${() => this.#setStatus(disabled ? 'active' : 'disabled')}
        >
          ${this.t(disabled ? 'member.enable' : 'member.disable')}
        </button>
      </div>
      <civic-console-confirm
        .heading=${this.t(disabled ? 'member.enableTitle' : 'member.disableTitle', { name })}
        .confirmLabel=${this.t(disabled ? 'member.enableConfirm' : 'member.disableConfirm')}
        .cancelLabel=${this.t('cancel')}
        ?warning=${!disabled}
      >
        <p>${this.t(disabled ? 'member.enableBody' : 'member.disableBody', { role: this.t(`role.${member.role}`) })}</p>
      </civic-console-confirm>`;
  }

  async #saveRole(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const member = this.member;
    if (this.busy || !member) return;
    const role = new FormData(event.target as HTMLFormElement).get('role') as Role | null;
    if (!role || role === member.role) {
      this.error = null;
      this.notice = { key: 'member.roleSame', params: { name: isolate(member.name) } };
      return;
    }
    const saved = await this.#change({ role });
    if (saved)
      this.notice = { key: 'member.roleSaved', params: { name: isolate(saved.name), role: this.t(`role.${saved.role}`) } };
  }

  async #setStatus(status: 'active' | 'disabled'): Promise<void> {
    if (this.busy || !this.member) return;
    if (!(await this.confirmDialog.ask())) return;
    const saved = await this.#change({ status });
    if (saved)
      this.notice = { key: status === 'disabled' ? 'member.disabled' : 'member.enabled', params: { name: isolate(saved.name) } };
  }

  /** Sends a change; on success the page shows the member as saved, on refusal the server's reason. */
  async #change(change: { role?: Role; status?: 'active' | 'disabled' }): Promise<StaffView | null> {
    this.busy = true;
    this.notice = null;
    try {
      const saved = await this.api.patch<StaffView>(`/staff/${this.staffId}`, change);
      this.member = saved;
      this.error = null;
      this.setupLink = null;
      return saved;
    } catch (error) {
      this.error = withServerMessage(error);
      await focusErrorSummary(this);
      return null;
    } finally {
      this.busy = false;
    }
  }

  async #newLink(): Promise<void> {
    if (this.busy || !this.member) return;
    this.busy = true;
    this.notice = null;
    try {
      const { setupLink } = await this.api.post<{ setupLink: string }>(`/staff/${this.staffId}/setup-link`);
      this.error = null;
      this.setupLink = setupLink;
      this.notice = { key: 'member.linkMade', params: { name: isolate(this.member.name) } };
      await this.updateComplete;
      this.renderRoot.querySelector<ConsoleSecret>('civic-console-secret')?.focus();
    } catch (error) {
      this.error = error instanceof ApiError ? error : new ApiError(0, 'network', String(error));
      await focusErrorSummary(this);
    } finally {
      this.busy = false;
    }
  }
}

customElements.define('civic-console-staff-member', ConsoleStaffMember);
