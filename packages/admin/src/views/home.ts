import { html, type TemplateResult } from 'lit';
import { LocaleController } from '@civic-widgets/elements';
import { can } from '../api.js';
import { type ShellMessageKey, shellMessages } from '../i18n/shell.js';
import { href } from '../router.js';
import { ConsoleView } from '../view.js';

/** The start page: the tasks this member's role allows, in plain words (GOV.UK task list). */
export class ConsoleHome extends ConsoleView<ShellMessageKey> {
  protected readonly locale = new LocaleController<ShellMessageKey>(this, shellMessages);

  override connectedCallback(): void {
    super.connectedCallback();
    this.focusHeading();
  }

  override render(): TemplateResult {
    const role = this.session?.staff.role;
    const tasks: [ShellMessageKey, string, boolean][] = [
      ['home.create', href('content'), true],
      ['home.moderate', href('moderation'), can(role, 'moderation')],
      ['home.respond', href('petitions'), can(role, 'signatures')],
      ['home.results', href('results'), true],
      ['home.sites', href('sites'), can(role, 'sites')],
      ['home.staff', href('staff'), can(role, 'staff')],
      ['home.audit', href('audit'), can(role, 'audit')],
    ];
    return html`<h1 tabindex="-1">${this.t('home.title')}</h1>
      <ul class="tasks">
        ${tasks.filter(([, , shown]) => shown).map(([key, link]) => html`<li><a href=${link}>${this.t(key)}</a></li>`)}
      </ul>`;
  }
}

customElements.define('civic-console-home', ConsoleHome);
