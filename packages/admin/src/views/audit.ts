import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { LocaleController } from '@civic-widgets/elements';
import { ApiError } from '../api.js';
import { errorSummary, field } from '../components/forms.js';
import { isolate } from '../components/text.js';
import { type AuditMessageKey, auditMessages } from '../i18n/audit.js';
import { en } from '../i18n/audit/en.js';
import { consoleStyles } from '../styles.js';
import { ConsoleView } from '../view.js';
import { fieldChanges, valueText } from './audit-changes.js';

interface AuditEntry {
  id: number;
  at: string;
  actor: { kind: string; id: number | null; email: string | null; role: string | null };
  action: string;
  resource: { kind: string; id: string } | null;
  before: unknown;
  after: unknown;
  detail: string | null;
  network: string | null;
}

/** Entries per page; "Older entries" continues from the last one shown. */
const PAGE = 50;
/** The most a download holds (the server's limit). */
const DOWNLOAD_LIMIT = 5000;
const FILTERS = ['actor', 'action', 'resourceKind', 'resourceId', 'from', 'to'] as const;
type Filter = (typeof FILTERS)[number];

const KNOWN_ACTIONS = Object.keys(en)
  .filter((k) => k.startsWith('action.'))
  .map((k) => k.slice('action.'.length));
const KNOWN_KINDS = Object.keys(en)
  .filter((k) => k.startsWith('kind.'))
  .map((k) => k.slice('kind.'.length));

/** A date field's day (YYYY-MM-DD) as the instant this browser's day starts, `days` later. */
function dayStart(value: string | null, days = 0): string | undefined {
  if (!value) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return value;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days).toISOString();
}

/**
 * `#/audit` (admins): the audit log, newest first, filtered by who, action,
 * item and dates. The filters live in the address (`#/audit?actor=…`), so a
 * filtered view can be bookmarked or sent; the same filters download as CSV
 * or JSON. Each entry opens to show what it changed, field by field.
 */
export class ConsoleAudit extends ConsoleView<AuditMessageKey> {
  static override styles = [
    consoleStyles,
    css`
      .filters {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
        gap: 0 1.25rem;
      }
      .filters .field {
        margin-block-end: 1rem;
      }
      .actions {
        margin-block-start: 0;
      }
      /* Long words (a JSON value) widen the table, which then scrolls in its frame: words are never cut. */
      .entries td,
      .entries th {
        overflow-wrap: break-word;
      }
      .entries th[scope='row'] {
        min-inline-size: 8rem;
      }
      .raw {
        display: block;
        white-space: nowrap;
      }
      .entries details {
        min-inline-size: 16rem;
      }
      .filter-panel {
        margin: 1.5rem 0;
      }
      .filter-panel > summary {
        color: var(--_text);
        font-size: 1.35rem;
        font-weight: 600;
        text-decoration: none;
        margin-block-end: 0.75rem;
      }
      .filter-panel > summary .tag {
        margin-inline-start: 0.5rem;
        vertical-align: middle;
      }
      .who {
        white-space: nowrap;
      }
      /* A reason, then its note on the next line. */
      .detail {
        display: block;
        white-space: pre-wrap;
      }
      summary {
        cursor: pointer;
        color: var(--_primary);
        text-decoration: underline;
      }
      table.changes {
        inline-size: auto;
        margin-block-start: 0.5rem;
        font-size: 0.95rem;
      }
      table.changes th,
      table.changes td {
        white-space: pre-wrap;
        min-inline-size: 5rem;
      }
      .downloads {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1.5rem;
        padding: 0;
        list-style: none;
      }
      .pages {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem 1.5rem;
        margin: 1.5rem 0;
      }
    `,
  ];

  protected readonly locale = new LocaleController<AuditMessageKey>(this, auditMessages);
  @state() private entries: AuditEntry[] | null = null;
  @state() private more = false;
  @state() private error: ApiError | null = null;
  #loaded: string | null = null;
  readonly #wide = window.matchMedia('(min-width: 48rem)').matches;

  override connectedCallback(): void {
    super.connectedCallback();
    this.focusHeading();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('route') && this.route && this.#queryKey() !== this.#loaded) void this.#load();
  }

  #query(name: Filter | 'before'): string {
    return this.route.query.get(name)?.trim() ?? '';
  }

  #queryKey(): string {
    return this.route.query.toString();
  }

  /** The filters as the server takes them (days become instants in this browser's time zone; "to" includes its day). */
  #serverFilter(): Record<string, string | undefined> {
    return {
      actor: this.#query('actor') || undefined,
      action: this.#query('action') || undefined,
      resourceKind: this.#query('resourceKind') || undefined,
      resourceId: this.#query('resourceId') || undefined,
      from: dayStart(this.#query('from')),
      to: dayStart(this.#query('to'), 1),
    };
  }

  async #load(): Promise<void> {
    this.#loaded = this.#queryKey();
    this.entries = null;
    this.error = null;
    try {
      const before = this.#query('before');
      const entries = await this.api.get<AuditEntry[]>('/audit', {
        ...this.#serverFilter(),
        before: /^\d+$/.test(before) ? before : undefined,
        limit: PAGE + 1,
      });
      this.more = entries.length > PAGE;
      this.entries = entries.slice(0, PAGE);
    } catch (error) {
      this.error = error instanceof ApiError ? error : new ApiError(0, 'network', String(error));
    }
  }

  /** `#/audit?…` with these filters (empty ones left out). */
  #hash(values: Partial<Record<Filter | 'before', string>>): string {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(values)) if (value) params.set(key, value);
    const text = params.toString();
    return text ? `#/audit?${text}` : '#/audit';
  }

  #filters(): Record<Filter, string> {
    return Object.fromEntries(FILTERS.map((f) => [f, this.#query(f)])) as Record<Filter, string>;
  }

  override render(): TemplateResult {
    return html`<h1 tabindex="-1">${this.t('audit.title')}</h1>
      <p>${this.t('audit.intro')}</p>
      ${this.#filterForm()} ${this.#downloads()}
      <p role="status" class="visually-hidden">${this.#statusText()}</p>
      ${this.#results()}`;
  }

  #statusText(): string {
    if (this.error) return '';
    if (!this.entries) return this.t('audit.loading');
    return this.entries.length ? this.#caption() : this.t('audit.none');
  }

  #caption(): string {
    const count = this.entries?.length ?? 0;
    return this.t(this.#query('before') ? 'audit.captionOlder' : 'audit.caption', { count });
  }

  #filterForm(): TemplateResult {
    const values = this.#filters();
    const actions = values.action && !KNOWN_ACTIONS.includes(values.action) ? [...KNOWN_ACTIONS, values.action] : KNOWN_ACTIONS;
    const kinds =
      values.resourceKind && !KNOWN_KINDS.includes(values.resourceKind) ? [...KNOWN_KINDS, values.resourceKind] : KNOWN_KINDS;
    const text = (path: Filter, label: AuditMessageKey, type: string, hint?: AuditMessageKey) =>
      field({
        path,
        label: this.t(label),
        ...(hint ? { hint: this.t(hint) } : {}),
        control: (id, describedBy) =>
          html`<input
            id=${id}
            name=${path}
            type=${type}
            autocomplete="off"
            spellcheck="false"
            .value=${live(values[path])}
            aria-describedby=${describedBy || nothing}
          />`,
      });
    const select = (path: Filter, label: AuditMessageKey, any: AuditMessageKey, options: string[], name: (v: string) => string) =>
      field({
        path,
        label: this.t(label),
        control: (id) =>
          html`<select id=${id} name=${path}>
            <option value="" ?selected=${!values[path]}>${this.t(any)}</option>
            ${options.map((v) => html`<option value=${v} ?selected=${values[path] === v}>${name(v)}</option>`)}
          </select>`,
      });
    const active = FILTERS.filter((f) => values[f]).length;
    // Open on wide screens and whenever a filter is in use; on a phone the entries come first.
    return html`<details class="filter-panel" ?open=${active > 0 || this.#wide}>
      <summary>
        ${this.t('filter.title')}
        ${active ? html`<span class="tag">${this.t('filter.active', { count: active })}</span>` : nothing}
      </summary>
      <form novalidate @submit=${this.#apply}>
        <div class="filters">
          ${text('actor', 'filter.actor', 'email')}
          ${select('action', 'filter.action', 'filter.anyAction', actions, (a) => this.#actionName(a))}
          ${select('resourceKind', 'filter.resourceKind', 'filter.anyKind', kinds, (k) => this.#kindName(k))}
          ${text('resourceId', 'filter.resourceId', 'text', 'filter.resourceIdHint')} ${text('from', 'filter.from', 'date')}
          ${text('to', 'filter.to', 'date')}
        </div>
        <div class="actions">
          <button type="submit">${this.t('filter.apply')}</button>
          ${active ? html`<a href="#/audit">${this.t('filter.clear')}</a>` : nothing}
        </div>
      </form>
    </details>`;
  }

  #apply(event: SubmitEvent): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const values = Object.fromEntries(FILTERS.map((f) => [f, String(form.get(f) ?? '').trim()]));
    const hash = this.#hash(values);
    if (location.hash === hash) void this.#load();
    else location.hash = hash;
  }

  #downloads(): TemplateResult {
    const query = { ...this.#serverFilter(), limit: DOWNLOAD_LIMIT };
    return html`<h2>${this.t('download.title')}</h2>
      <p>${this.t('download.intro')}</p>
      <ul class="downloads">
        <li>
          <a href=${this.api.href('/audit', { ...query, format: 'csv' })} download="audit.csv">${this.t('download.csv')}</a>
        </li>
        <li>
          <a href=${this.api.href('/audit', { ...query, format: 'json' })} download="audit.json">${this.t('download.json')}</a>
        </li>
      </ul>`;
  }

  #results(): TemplateResult {
    if (this.error)
      return html`${errorSummary(this.t('audit.errorTitle'), this.error, this.t('audit.errorTitle'))}
        <button class="secondary" @click=${() => void this.#load()}>${this.t('audit.retry')}</button>`;
    if (!this.entries) return html`<p>${this.t('audit.loading')}</p>`;
    if (!this.entries.length)
      return html`<p>${this.t('audit.none')}</p>
        ${this.#pages()}`;
    return html`<div class="table-wrap" role="region" tabindex="0" aria-labelledby="entries-caption">
        <table class="entries">
          <caption id="entries-caption">
            ${this.#caption()}
          </caption>
          <thead>
            <tr>
              <th scope="col">${this.t('col.time')}</th>
              <th scope="col">${this.t('col.who')}</th>
              <th scope="col">${this.t('col.role')}</th>
              <th scope="col">${this.t('col.action')}</th>
              <th scope="col">${this.t('col.resource')}</th>
              <th scope="col">${this.t('col.changes')}</th>
            </tr>
          </thead>
          <tbody>
            ${this.entries.map((entry) => this.#row(entry))}
          </tbody>
        </table>
      </div>
      ${this.#pages()}`;
  }

  #row(entry: AuditEntry): TemplateResult {
    const name = this.#actionName(entry.action);
    return html`<tr>
      <th scope="row">
        <time datetime=${entry.at}>${this.locale.i18n.date(entry.at, { dateStyle: 'medium', timeStyle: 'medium' })}</time>
      </th>
      <td class="who"><bdi>${this.#who(entry.actor)}</bdi></td>
      <td>${entry.actor.role ? this.#roleName(entry.actor.role) : nothing}</td>
      <td>
        ${name} ${name !== entry.action ? html`<code class="muted raw" dir="ltr">${entry.action}</code>` : nothing}
        ${entry.detail ? html`<span class="muted detail">${this.#detail(entry.action, entry.detail)}</span>` : nothing}
      </td>
      <td>
        ${entry.resource ? html`${this.#kindName(entry.resource.kind)} <code dir="ltr">${entry.resource.id}</code>` : nothing}
      </td>
      <td>${this.#changes(entry)}</td>
    </tr>`;
  }

  #changes(entry: AuditEntry): TemplateResult | string {
    const changes = fieldChanges(entry.before, entry.after);
    if (!changes.length) return this.t('changes.none');
    const value = (v: unknown) => {
      const text = valueText(v);
      return text === null ? html`<span class="muted">${this.t('changes.empty')}</span>` : html`<bdi>${text}</bdi>`;
    };
    return html`<details>
      <summary>${this.t('changes.show', { count: changes.length })}</summary>
      <table class="changes">
        <caption class="visually-hidden">
          ${this.t('changes.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.t('changes.field')}</th>
            <th scope="col">${this.t('changes.before')}</th>
            <th scope="col">${this.t('changes.after')}</th>
          </tr>
        </thead>
        <tbody>
          ${changes.map(
            (c) =>
              html`<tr>
                <th scope="row"><code dir="ltr">${c.field}</code></th>
                <td>${value(c.before)}</td>
                <td>${value(c.after)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </details>`;
  }

  #pages(): TemplateResult | typeof nothing {
    const last = this.entries?.at(-1);
    const older = this.more && last ? this.#hash({ ...this.#filters(), before: String(last.id) }) : null;
    const newest = this.#query('before') ? this.#hash(this.#filters()) : null;
    if (!older && !newest) return nothing;
    return html`<nav class="pages" aria-label=${this.t('audit.pages')}>
      ${newest ? html`<a href=${newest}>${this.t('audit.newest')}</a>` : nothing}
      ${older ? html`<a href=${older}>${this.t('audit.older')}</a>` : nothing}
    </nav>`;
  }

  /** How someone signed in, in words; the reason (and note) a moderator or clerk gave; else the detail as it is. */
  #detail(action: string, detail: string): TemplateResult | string {
    if (detail === 'oidc' || detail === 'password') return this.t(`detail.${detail}`);
    if (/^(comment|block)\.|^signature\.invalidate/.test(action)) return this.t('detail.reason', { reason: isolate(detail) });
    return html`<bdi>${detail}</bdi>`;
  }

  #who(actor: AuditEntry['actor']): string {
    if (actor.kind === 'break-glass') return this.t('actor.break-glass');
    if (actor.kind === 'cli') return this.t('actor.cli');
    if (actor.kind === 'token' && actor.email) return this.t('actor.token', { email: actor.email });
    return actor.email ?? this.t('actor.unknown');
  }

  #actionName(action: string): string {
    const key = `action.${action}`;
    return key in en ? this.t(key as AuditMessageKey) : action;
  }

  #kindName(kind: string): string {
    const key = `kind.${kind}`;
    return key in en ? this.t(key as AuditMessageKey) : kind;
  }

  #roleName(role: string): string {
    const key = `role.${role}`;
    return key in en ? this.t(key as AuditMessageKey) : role;
  }
}

customElements.define('civic-console-audit', ConsoleAudit);
