import { css, html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { LocaleController } from '@civic-widgets/elements';
import type { StaffView } from '../api.js';
import { type StaffMessageKey, staffMessages } from '../i18n/staff.js';
import { href } from '../router.js';
import { consoleStyles } from '../styles.js';
import { ConsoleView } from '../view.js';
import { staffFacts } from './staff-facts.js';
import './staff-invite.js';
import './staff-member.js';

/**
 * `#/staff` (admins): who can sign in and with which role; `#/staff/invite`
 * invites someone, `#/staff/<id>` manages one member.
 */
export class ConsoleStaff extends ConsoleView<StaffMessageKey> {
  protected readonly locale = new LocaleController<StaffMessageKey>(this, staffMessages);

  override render(): TemplateResult {
    const [, sub] = this.route.path;
    if (sub === 'invite')
      return html`<civic-console-staff-invite
        .api=${this.api}
        .session=${this.session}
        .route=${this.route}
      ></civic-console-staff-invite>`;
    // A new element per member: nothing shown for one (a set-up link, a message) carries over to the next.
    if (sub !== undefined)
      return html`${keyed(
        sub,
        html`<civic-console-staff-member
          .api=${this.api}
          .session=${this.session}
          .route=${this.route}
          .staffId=${/^\d{1,9}$/.test(sub) ? Number(sub) : 0}
        ></civic-console-staff-member>`,
      )}`;
    return html`<civic-console-staff-list
      .api=${this.api}
      .session=${this.session}
      .route=${this.route}
    ></civic-console-staff-list>`;
  }
}

/** The list of staff: a table with each member's role, status and last sign-in. */
export class ConsoleStaffList extends ConsoleView<StaffMessageKey> {
  // Short facts stay on one line; on a narrow screen the table scrolls in its frame instead.
  static override styles = [
    consoleStyles,
    css`
      td {
        white-space: nowrap;
      }
      th[scope='row'] {
        min-inline-size: 9rem;
      }
    `,
  ];
  protected readonly locale = new LocaleController<StaffMessageKey>(this, staffMessages);
  @state() private staff: StaffView[] | null = null;
  @state() private error: string | null = null;

  protected override firstUpdated(): void {
    void this.#load();
    this.focusHeading();
  }

  async #load(): Promise<void> {
    this.error = null;
    try {
      this.staff = await this.api.get<StaffView[]>('/staff');
    } catch (error) {
      this.error = (error as Error).message;
    }
  }

  override render(): TemplateResult {
    return html`<h1 tabindex="-1">${this.t('staff.title')}</h1>
      <p>${this.t('staff.intro')}</p>
      <p><a class="button" href=${href('staff', 'invite')}>${this.t('staff.invite')}</a></p>
      ${this.#table()}`;
  }

  #table(): TemplateResult {
    if (this.error)
      return html`<div class="error-summary" role="alert">
          <p>${this.t('staff.loadError', { detail: this.error })}</p>
        </div>
        <button class="secondary" @click=${() => void this.#load()}>${this.t('staff.retry')}</button>`;
    if (!this.staff) return html`<p role="status">${this.t('staff.loading')}</p>`;
    const me = this.session?.staff.id;
    return html`<div class="table-wrap" role="region" tabindex="0" aria-labelledby="staff-caption">
      <table>
        <caption id="staff-caption">
          ${this.t('staff.caption', { count: this.staff.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.t('col.name')}</th>
            <th scope="col">${this.t('col.email')}</th>
            <th scope="col">${this.t('col.role')}</th>
            <th scope="col">${this.t('col.status')}</th>
            <th scope="col">${this.t('col.methods')}</th>
            <th scope="col">${this.t('col.lastSignIn')}</th>
          </tr>
        </thead>
        <tbody>
          ${this.staff.map((member) => {
            const facts = staffFacts(this.locale.i18n, member);
            return html`<tr>
              <th scope="row">
                <a href=${href('staff', member.id)}><bdi>${member.name}</bdi></a>
                ${member.id === me ? html`<span class="muted">${this.t('staff.you')}</span>` : nothing}
              </th>
              <td><bdi>${member.email}</bdi></td>
              <td>${this.t(`role.${member.role}`)}</td>
              <td>${facts.status}</td>
              <td>${facts.methods}</td>
              <td>${facts.lastSignIn}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }
}

customElements.define('civic-console-staff', ConsoleStaff);
customElements.define('civic-console-staff-list', ConsoleStaffList);
