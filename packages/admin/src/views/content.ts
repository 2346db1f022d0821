import { type PropertyValues, type TemplateResult, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { LocaleController } from '@civic-widgets/elements';
import type { LocalisedText, Petition, Poll, Service, Thread } from '@civic-widgets/core';
import { ApiError, type FieldError, can } from '../api.js';
import type { ConsoleConfirm } from '../components/confirm-dialog.js';
import '../components/confirm-dialog.js';
import { errorSummary, fieldId, focusErrorSummary } from '../components/forms.js';
import { isolate } from '../components/text.js';
import { contentStyles } from '../content/content.styles.js';
import {
  type AnyResource,
  type ContentForm,
  type Described,
  type ItemRow,
  KINDS,
  type Kind,
  type MilestoneRow,
  type PollSummary,
  STATUSES,
  type TextKey,
  countOf,
  describeError,
  duplicateForm,
  formErrors,
  emptyForm,
  isArchived,
  isKind,
  itemRow,
  newKey,
  phaseNow,
  rowTextKey,
  slugify,
  timeZone,
  titleOf,
  toDefinition,
  toForm,
  uniqueId,
} from '../content/model.js';
import { WIDGET_LANGUAGES, directionOf, languageLabel, widgetLanguageFor } from '../content/languages.js';
import '../content/preview.js';
import '../content/snippet.js';
import { type ContentMessageKey, contentMessages } from '../i18n/content.js';
import { type Route, href, navigate } from '../router.js';
import { consoleStyles } from '../styles.js';
import { ConsoleView } from '../view.js';

type Page =
  | { name: 'list'; kind: Kind; archived: boolean }
  | { name: 'new'; kind: Kind; from: string | null }
  | { name: 'item'; kind: Kind; id: string }
  | { name: 'unknown' };

function pageOf(route: Route): Page {
  const [, kind, second] = route.path;
  if (kind === undefined) return { name: 'list', kind: 'polls', archived: false };
  if (!isKind(kind) || route.path.length > 3) return { name: 'unknown' };
  if (second === undefined) return { name: 'list', kind, archived: route.query.get('show') === 'archived' };
  if (second === 'new') return { name: 'new', kind, from: route.query.get('from') };
  return { name: 'item', kind, id: second };
}

const pageKey = (p: Page) => JSON.stringify(p);

/** Lists of labelled rows in the forms, by field. */
type RowList = 'options' | 'regions' | 'reasons';
const ROW_NAME = { options: 'option', regions: 'region', reasons: 'reason' } as const;

const OPENABLE = new Set(['draft', 'closed']);

/** The list of a kind's archived content. */
const archivedList = (kind: Kind) => `${href('content', kind)}?show=archived`;

/** Fields every kind of content has, with labels and hints of their own (`field.any.*`, `hint.any.*`). */
const SHARED_FIELDS: Record<string, string> = {
  eligibility: 'eligibility',
  'eligibility.signIn': 'signIn',
  'eligibility.claim.name': 'claimName',
  'eligibility.claim.anyOf': 'claimValues',
  challenge: 'challenge',
};

/**
 * `<civic-console-content>`: polls, discussions, petitions and service
 * ratings. `#/content/<kind>` lists them with a search (archived ones under
 * `?show=archived`); `…/new` creates one (`?from=<id>` copies one); `…/<id>`
 * shows it with its status and actions, a live preview of the real widget,
 * the code to embed it, and its form (an archived one is read-only until
 * it is unarchived).
 * Editors and administrators change content; other roles only read. The
 * server checks every field and its messages are shown GOV.UK-style: a
 * summary at the top linking to each field, and a message beside it.
 */
export class ConsoleContent extends ConsoleView<ContentMessageKey> {
  static override styles = [consoleStyles, contentStyles];
  protected readonly locale = new LocaleController<ContentMessageKey>(this, contentMessages);

  @state() private page: Page = { name: 'unknown' };
  @state() private list: AnyResource[] | null = null;
  @state() private listError: ApiError | null = null;
  @state() private item: AnyResource | null = null;
  @state() private itemError: ApiError | null = null;
  @state() private form: ContentForm | null = null;
  /** The last refusal, its field errors already in plain words. */
  @state() private error: ApiError | null = null;
  @state() private actionError: string | null = null;
  @state() private busy = false;
  @state() private notice: string | null = null;
  /** What the confirmation dialog asks about: the Close button, or saving with the status Closed. */
  @state() private confirmWhat: 'close' | 'save-close' = 'close';
  @state() private query = '';
  @state() private rowStatus = '';
  @state() private previewVersion = 0;
  /** Poll participants (from the list): options are locked once someone voted. */
  @state() private participants: number | null = null;
  #pageKey = '';
  #loads = 0;
  /** A notice for the page about to open (after creating). */
  #nextNotice: string | null = null;

  private get canWrite(): boolean {
    return can(this.session?.staff.role, 'contentWrite');
  }

  #tr(key: string, params?: Record<string, string | number>): string {
    return this.t(key as ContentMessageKey, params);
  }

  /** A described message (see model.ts) in the console's language. */
  #say(d: Described): string {
    return this.#tr(d.key, { ...d.params, ...(d.label ? { label: this.#say(d.label) } : {}) });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('route') || !this.route) return;
    const page = pageOf(this.route);
    const key = pageKey(page);
    if (key === this.#pageKey) return;
    const previous = this.page;
    this.#pageKey = key;
    this.page = page;
    this.#enter(page, previous);
  }

  // ------------------------------------------------------------ loading

  #enter(page: Page, previous: Page): void {
    const token = ++this.#loads;
    const sameKind = 'kind' in previous && 'kind' in page && previous.kind === page.kind;
    this.notice = this.#nextNotice;
    this.#nextNotice = null;
    this.item = null;
    this.itemError = null;
    this.listError = null;
    this.form = null;
    this.error = null;
    this.actionError = null;
    this.participants = null;
    this.rowStatus = '';
    if (!sameKind) {
      this.list = null;
      this.query = '';
    }
    this.focusHeading();
    if (page.name === 'unknown') return;
    const { kind } = page;
    const current = () => token === this.#loads;
    const loadList = this.api.get<AnyResource[]>(`/${kind}`).then(
      (list) => {
        if (current()) this.list = list;
        return list;
      },
      (error: unknown) => {
        if (current()) this.listError = asApiError(error);
        return null;
      },
    );
    if (page.name === 'new') {
      if (!page.from) this.form = emptyForm(kind);
      else
        void Promise.all([this.api.get<AnyResource>(`/${kind}/${encodeURIComponent(page.from)}`), loadList]).then(
          ([source, list]) => {
            if (!current()) return;
            this.item = source;
            this.form = duplicateForm(kind, source, new Set((list ?? []).map((r) => r.id)));
          },
          (error: unknown) => current() && (this.itemError = asApiError(error)),
        );
    } else if (page.name === 'item') {
      void this.api.get<AnyResource>(`/${kind}/${encodeURIComponent(page.id)}`).then(
        (item) => {
          if (!current()) return;
          this.item = item;
          this.form = toForm(kind, item);
        },
        (error: unknown) => current() && (this.itemError = asApiError(error)),
      );
      if (kind === 'polls')
        void loadList.then((list) => {
          const found = list?.find((r) => r.id === page.id) as PollSummary | undefined;
          if (current() && found) this.participants = found.participants;
        });
    }
  }

  #retry(): void {
    const page = this.page;
    this.#enter(page, { name: 'unknown' });
  }

  // ------------------------------------------------------------ render

  override render(): TemplateResult {
    // The banner stays in place across pages, so a notice set before navigating is announced.
    return html`<div role="status">
        ${this.notice ? html`<p class="notice" tabindex="-1" id="notice">${this.notice}</p>` : nothing}
      </div>
      ${this.#page()}`;
  }

  #page(): TemplateResult {
    const page = this.page;
    switch (page.name) {
      case 'unknown':
        return html`<h1 tabindex="-1">${this.t('content.notFound')}</h1>
          <p>${this.t('content.notFoundBody')}</p>
          ${this.#kindNav(null)}`;
      case 'list':
        return this.#listPage(page.kind, page.archived);
      case 'new':
        return this.#newPage(page.kind, page.from);
      case 'item':
        return this.#itemPage(page.kind, page.id);
    }
  }

  #kindNav(current: Kind | null): TemplateResult {
    return html`<nav class="kinds" aria-label=${this.t('content.kinds')}>
      <ul>
        ${KINDS.map(
          (kind) =>
            html`<li>
              <a href=${href('content', kind)} aria-current=${kind === current ? 'page' : nothing}>${this.#tr(`kind.${kind}`)}</a>
            </li>`,
        )}
      </ul>
    </nav>`;
  }

  #loadFailure(error: ApiError): TemplateResult {
    const missing = error.status === 404 && this.page.name !== 'list';
    return html`<div class="error-summary" role="alert">
      <p>
        ${
          missing
            ? this.t('content.missing', { id: isolate('id' in this.page ? this.page.id : (this.route.query.get('from') ?? '')) })
            : this.t('content.loadError', { detail: error.message })
        }
      </p>
      ${missing ? nothing : html`<button type="button" class="secondary" @click=${this.#retry}>${this.t('content.retry')}</button>`}
    </div>`;
  }

  // ------------------------------------------------------------ list

  #listPage(kind: Kind, archived: boolean): TemplateResult {
    return html`<h1 tabindex="-1">${this.t('content.title')}</h1>
      <p>${this.t('content.intro')}</p>
      ${this.#kindNav(kind)}
      <nav class="filter" aria-label=${this.t('filter.label')}>
        <ul>
          <li>
            <a id="show-current" href=${href('content', kind)} aria-current=${archived ? nothing : 'page'}
              >${this.t('filter.current')}</a
            >
          </li>
          <li>
            <a id="show-archived" href=${archivedList(kind)} aria-current=${archived ? 'page' : nothing}
              >${this.t('filter.archived')}</a
            >
          </li>
        </ul>
      </nav>
      <div class="list-head">
        <div class="field">
          <label for="search">${this.#tr(`search.${kind}`)}</label>
          <span class="hint" id="search-hint">${this.t('search.hint')}</span>
          <input
            id="search"
            type="search"
            spellcheck="false"
            autocomplete="off"
            aria-describedby="search-hint"
            .value=${live(this.query)}
            @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
          />
        </div>
        ${
          this.canWrite
            ? html`<a class="button" id="create" href=${href('content', kind, 'new')}>${this.#tr(`create.${kind}`)}</a>`
            : nothing
        }
      </div>
      ${this.#listBody(kind, archived)}`;
  }

  #listBody(kind: Kind, archived: boolean): TemplateResult {
    if (this.listError) return this.#loadFailure(this.listError);
    if (!this.list) return html`<p>${this.t('content.loading')}</p>`;
    if (this.list.length === 0 && !archived)
      return html`<div class="empty">
        <h2>${this.#tr(`empty.${kind}`)}</h2>
        <p>${this.canWrite ? this.#tr(`emptyHow.${kind}`) : this.t('emptyReader')}</p>
        ${this.canWrite ? html`<p><a href=${href('content', kind, 'new')}>${this.#tr(`create.${kind}`)}</a></p>` : nothing}
      </div>`;
    // Archived content is finished business: it has a list of its own.
    const all = this.list.filter((r) => isArchived(r) === archived);
    if (all.length === 0)
      return html`<div class="empty">
        <p>${this.t(archived ? 'filter.noneArchived' : 'filter.allArchived')}</p>
      </div>`;
    const query = fold(this.query.trim());
    const shown = query ? all.filter((r) => fold(titleOf(kind, r)).includes(query) || r.id.includes(query)) : all;
    return html`<p class="count-line" role="status">
        ${query ? (shown.length ? this.t('search.shown', { count: shown.length, total: all.length }) : this.t('search.none', { query: isolate(this.query.trim()) })) : nothing}
      </p>
      ${shown.length ? this.#table(kind, shown, archived) : nothing}`;
  }

  #table(kind: Kind, rows: AnyResource[], archived: boolean): TemplateResult {
    const dated = kind === 'polls' || kind === 'petitions';
    const counted = kind !== 'services';
    const date = (iso: string | null | undefined) =>
      iso ? this.locale.i18n.date(iso, { dateStyle: 'medium', timeStyle: 'short' }) : '—';
    return html`<div class="table-wrap">
      <table>
        <caption>
          ${this.#tr(`${archived ? 'captionArchived' : 'caption'}.${kind}`)}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.#tr(`col.title.${kind}`)}</th>
            <th scope="col">${this.t('col.id')}</th>
            <th scope="col">${this.t('col.status')}</th>
            ${counted ? html`<th scope="col" class="number">${this.#tr(`col.count.${kind}`)}</th>` : nothing}
            ${kind === 'services' ? html`<th scope="col">${this.t('col.scale')}</th>` : nothing}
            ${
              dated
                ? html`<th scope="col">${this.t('col.opens')}</th>
                    <th scope="col">${this.t('col.closes')}</th>`
                : nothing
            }
          </tr>
        </thead>
        <tbody>
          ${repeat(
            rows,
            (r) => r.id,
            (r) => {
              const timed = r as { opensAt?: string | null; closesAt?: string | null };
              return html`<tr>
                <td><a href=${href('content', kind, r.id)}>${this.#title(kind, r)}</a></td>
                <td><code>${r.id}</code></td>
                <td>${this.#tag(r)}</td>
                ${counted ? html`<td class="number">${this.locale.i18n.number(countOf(kind, r) ?? 0)}</td>` : nothing}
                ${kind === 'services' ? html`<td>${this.#tr(`scale.${(r as Service).scale}`)}</td>` : nothing}
                ${
                  dated
                    ? html`<td>${date(timed.opensAt)}</td>
                        <td>${date(timed.closesAt)}</td>`
                    : nothing
                }
              </tr>`;
            },
          )}
        </tbody>
      </table>
    </div>`;
  }

  #title(kind: Kind, r: AnyResource): TemplateResult | string {
    const title = titleOf(kind, r);
    return title ? html`<bdi>${title}</bdi>` : this.t('untitled');
  }

  #tag(r: AnyResource): TemplateResult {
    if (isArchived(r)) return html`<span class="tag archived">${this.t('phase.archived')}</span>`;
    const phase = phaseNow(r as { status: string });
    return html`<span class="tag ${phase}">${this.#tr(`phase.${phase}`)}</span>`;
  }

  // ------------------------------------------------------------ new

  #newPage(kind: Kind, from: string | null): TemplateResult {
    const heading = this.#tr(from ? `duplicate.${kind}` : `create.${kind}`);
    const body = () => {
      if (!this.canWrite) return html`<p>${this.t('content.cannotCreate')}</p>`;
      if (this.itemError) return this.#loadFailure(this.itemError);
      if (!this.form) return html`<p>${this.t('content.loading')}</p>`;
      return html`${
          from && this.item
            ? html`<p>${this.t('duplicate.intro', { title: isolate(titleOf(kind, this.item) || this.item.id) })}</p>`
            : nothing
        }
        ${this.#form(this.form, true)}
        <p class="muted">${this.t('form.unsavedPreview')}</p>`;
    };
    return html`<a class="back" href=${href('content', kind)}>${this.#tr(`back.${kind}`)}</a>
      <h1 tabindex="-1">${heading}</h1>
      ${errorSummary(this.t('form.errorTitle'), this.error, this.t('form.errorTitle'))} ${body()}`;
  }

  // ------------------------------------------------------------ item

  #itemPage(kind: Kind, id: string): TemplateResult {
    const r = this.item;
    return html`<a class="back" href=${href('content', kind)}>${this.#tr(`back.${kind}`)}</a>
      <h1 tabindex="-1">${r ? this.#title(kind, r) : id}</h1>
      ${this.itemError ? this.#loadFailure(this.itemError) : r ? this.#itemBody(kind, r) : html`<p>${this.t('content.loading')}</p>`}`;
  }

  #itemBody(kind: Kind, r: AnyResource): TemplateResult {
    const status = (r as { status: string }).status;
    const timed = r as { opensAt?: string | null; closesAt?: string | null };
    const phase = phaseNow(r as { status: string });
    const archivedAt = (r as { archivedAt?: string }).archivedAt;
    // Archived content is read-only here too, until it is unarchived.
    const editable = this.canWrite && !archivedAt;
    const count = kind === 'polls' ? this.participants : countOf(kind, r);
    const when = (iso: string) => isolate(this.locale.i18n.date(iso));
    const future = (iso: string | null | undefined): iso is string => !!iso && Date.parse(iso) > Date.now();
    const phaseNotes = () =>
      html` ${phase === 'draft' && future(timed.opensAt) ? html`<p>${this.t('item.draftScheduled')}</p>` : phase === 'draft' ? html`<p>${this.t('item.draft')}</p>` : nothing}
      ${phase === 'scheduled' && timed.opensAt ? html`<p>${this.t('item.opensOn', { date: when(timed.opensAt) })}</p>` : nothing}
      ${future(timed.closesAt) && phase !== 'closed' ? html`<p>${this.t('item.closesOn', { date: when(timed.closesAt) })}</p>` : nothing}
      ${phase === 'closed' && timed.closesAt && !future(timed.closesAt) && status !== 'closed' ? html`<p>${this.t('item.closedOn', { date: when(timed.closesAt) })}</p>` : nothing}`;
    return html`<div class="status-line">
        ${this.#tag(r)}
        <p>${this.t('item.id')}: <code>${r.id}</code></p>
        ${count !== null && kind !== 'services' ? html`<p>${this.#tr(`col.count.${kind}`)}: ${this.locale.i18n.number(count)}</p>` : nothing}
      </div>
      ${archivedAt ? html`<p id="archived-note">${this.t(phase === 'draft' ? 'item.archivedDraft' : 'item.archived', { date: when(archivedAt) })}</p>` : phaseNotes()}
      ${this.canWrite ? this.#actions(kind, r, status, !!archivedAt) : html`<p class="muted">${this.t('content.readOnly')}</p>`}
      <div class="sections">
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading">${this.t('section.preview')}</h2>
          <civic-console-preview
            kind=${kind}
            resource-id=${r.id}
            version=${this.previewVersion}
            ?not-public=${phase === 'draft' || phase === 'scheduled'}
          ></civic-console-preview>
        </section>
        <section aria-labelledby="embed-heading">
          <h2 id="embed-heading">${this.t('section.embed')}</h2>
          <civic-console-snippet kind=${kind} resource-id=${r.id}></civic-console-snippet>
        </section>
        <section aria-labelledby="edit-heading">
          <h2 id="edit-heading">${this.t(editable ? 'section.edit' : 'section.settings')}</h2>
          ${editable && this.form ? this.#editForm(this.form) : this.#summary(kind, r)}
        </section>
      </div>`;
  }

  #actions(kind: Kind, r: AnyResource, status: string, archived: boolean): TemplateResult {
    const duplicate = `${href('content', kind, 'new')}?from=${encodeURIComponent(r.id)}`;
    const disabled = this.busy ? 'true' : 'false';
    return html`<div class="actions" role="group" aria-label=${this.t('actions.label')}>
        ${
          archived
            ? html`<button type="button" id="action-unarchive" aria-disabled=${disabled} @click=${this.#unarchive}>
                ${this.t('action.unarchive')}
              </button>`
            : nothing
        }
        ${
          !archived && OPENABLE.has(status)
            ? html`<button type="button" id="action-open" aria-disabled=${this.busy ? 'true' : 'false'} @click=${this.#open}>
                ${this.t(status === 'closed' ? 'action.reopen' : 'action.open')}
              </button>`
            : nothing
        }
        ${
          !archived && status === 'open'
            ? html`<button
                type="button"
                class="secondary"
                id="action-close"
                aria-disabled=${this.busy ? 'true' : 'false'}
                @click=${this.#askClose}
              >
                ${this.t('action.close')}
              </button>`
            : nothing
        }
        <a class="button secondary" id="action-duplicate" href=${duplicate}>${this.t('action.duplicate')}</a>
        ${
          archived
            ? nothing
            : html`<button
                type="button"
                class="secondary"
                id="action-archive"
                aria-disabled=${disabled}
                @click=${this.#askArchive}
              >
                ${this.t('action.archive')}
              </button>`
        }
      </div>
      ${this.actionError ? html`<div class="error-summary" role="alert"><p>${this.actionError}</p></div>` : nothing}
      ${this.#confirm(kind)}
      <civic-console-confirm
        id="confirm-archive"
        warning
        heading=${this.#tr(`confirm.archive.${kind}`)}
        confirm-label=${this.t('confirm.yesArchive')}
        cancel-label=${this.t('confirm.cancel')}
      >
        <p>${this.#tr(`confirm.archiveBody.${kind}`)}</p>
      </civic-console-confirm>`;
  }

  /** One confirmation dialog for closing, by the Close button or by saving the status Closed. */
  #confirm(kind: Kind): TemplateResult {
    return html`<civic-console-confirm
      id="confirm-close"
      warning
      heading=${this.#tr(`confirm.close.${kind}`)}
      confirm-label=${this.t(this.confirmWhat === 'close' ? 'confirm.yesClose' : 'confirm.yesSave')}
      cancel-label=${this.t('confirm.cancel')}
    >
      <p>${this.#tr(`confirm.closeBody.${kind}`)}</p>
    </civic-console-confirm>`;
  }

  async #confirmClose(what: 'close' | 'save-close'): Promise<boolean> {
    this.confirmWhat = what;
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector<ConsoleConfirm>('#confirm-close');
    return dialog ? dialog.ask() : false;
  }

  readonly #askClose = async () => {
    if (!this.busy && (await this.#confirmClose('close'))) await this.#setStatus('close');
  };

  readonly #open = () => void this.#setStatus('open');

  async #setStatus(action: 'open' | 'close'): Promise<void> {
    const page = this.page;
    if (this.busy || page.name !== 'item') return;
    this.busy = true;
    this.actionError = null;
    try {
      const saved = await this.api.post<AnyResource>(`/${page.kind}/${encodeURIComponent(page.id)}/${action}`);
      // Only the status changed: edits not saved yet stay in the form.
      this.item = saved;
      if (this.form) this.form = { ...this.form, status: (saved as { status: string }).status } as ContentForm;
      this.previewVersion++;
      const opensAt = (saved as { opensAt?: string | null }).opensAt;
      await this.#announce(
        action === 'close'
          ? this.t('notice.closed')
          : opensAt && Date.parse(opensAt) > Date.now()
            ? this.t('notice.scheduled', { date: isolate(this.locale.i18n.date(opensAt)) })
            : this.t('notice.opened'),
      );
    } catch (error) {
      this.actionError = asApiError(error).message;
    } finally {
      this.busy = false;
    }
  }

  readonly #askArchive = async () => {
    if (this.busy) return;
    const dialog = this.renderRoot.querySelector<ConsoleConfirm>('#confirm-archive');
    if (dialog && (await dialog.ask())) await this.#setArchived(true);
  };

  readonly #unarchive = () => void this.#setArchived(false);

  async #setArchived(archived: boolean): Promise<void> {
    const page = this.page;
    if (this.busy || page.name !== 'item') return;
    this.busy = true;
    this.actionError = null;
    try {
      const saved = await this.api.post<AnyResource>(
        `/${page.kind}/${encodeURIComponent(page.id)}/${archived ? 'archive' : 'unarchive'}`,
      );
      // Archived content cannot be edited: the form starts again from what is stored when it comes back.
      this.#saved(page.kind, saved);
      await this.#announce(this.t(archived ? 'notice.archived' : 'notice.unarchived'));
    } catch (error) {
      this.actionError = asApiError(error).message;
    } finally {
      this.busy = false;
    }
  }

  /** The stored resource after a change: the form, the preview and the summary follow it. */
  #saved(kind: Kind, saved: AnyResource): void {
    this.item = saved;
    this.form = toForm(kind, saved);
    this.error = null;
    this.previewVersion++;
  }

  async #announce(message: string): Promise<void> {
    this.notice = message;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#notice')?.focus();
  }

  // ------------------------------------------------------------ read-only summary

  #summary(kind: Kind, r: AnyResource): TemplateResult {
    // A text given by language shows every language side by side, each marked with its `lang`.
    const text = (value: LocalisedText | null | undefined) =>
      !value
        ? this.t('none')
        : typeof value === 'string'
          ? html`<bdi>${value}</bdi>`
          : html`<dl class="translations">
              ${Object.entries(value).map(
                ([lang, t]) =>
                  html`<dt><code>${lang}</code></dt>
                    <dd lang=${lang}><bdi>${t}</bdi></dd>`,
              )}
            </dl>`;
    const yesNo = (value: boolean) => this.t(value ? 'yes' : 'no');
    const date = (iso: string | null) => (iso ? this.locale.i18n.date(iso) : this.t('none'));
    const list = (items: readonly { id: string; label: LocalisedText }[]) =>
      items.length
        ? html`<ol>
            ${items.map((i) => html`<li>${text(i.label)} (<code>${i.id}</code>)</li>`)}
          </ol>`
        : this.t('none');
    const rows: [string, unknown][] = [];
    const f = (key: string) => this.#tr(`field.${kind}.${key}`);
    switch (kind) {
      case 'polls': {
        const p = r as Poll;
        rows.push(
          [f('question'), text(p.question)],
          [f('description'), text(p.description)],
          [f('options'), list(p.options)],
          [f('mode'), this.#tr(`mode.${p.mode}`)],
          ...(p.mode === 'multiple' ? ([[f('maxChoices'), this.locale.i18n.number(p.maxChoices)]] as [string, unknown][]) : []),
          [f('opensAt'), date(p.opensAt)],
          [f('closesAt'), date(p.closesAt)],
          [f('status'), this.#tr(`status.${p.status}`)],
          [f('resultsVisibility'), this.#tr(`results.${p.resultsVisibility}`)],
          [f('allowChange'), yesNo(p.allowChange)],
        );
        break;
      }
      case 'threads': {
        const t = r as Thread;
        rows.push(
          [f('title'), text(t.title)],
          [f('moderation'), this.#tr(`moderation.${t.moderation}`)],
          [f('maxLength'), this.locale.i18n.number(t.maxLength)],
          [f('maxDepth'), this.locale.i18n.number(t.maxDepth)],
          [f('reportThreshold'), this.locale.i18n.number(t.reportThreshold)],
          [f('status'), this.#tr(`status.${t.status}`)],
        );
        break;
      }
      case 'petitions': {
        const p = r as Petition;
        rows.push(
          [f('title'), text(p.title)],
          [f('summary'), text(p.summary)],
          [f('body'), typeof p.body === 'string' && p.body ? html`<bdi class="pre-line">${p.body}</bdi>` : text(p.body)],
          [f('goal'), this.locale.i18n.number(p.goal)],
          [
            f('milestones'),
            p.milestones.length
              ? html`<ul>
                  ${p.milestones.map((m) => html`<li>${this.locale.i18n.number(m.count)}: ${text(m.label)}</li>`)}
                </ul>`
              : this.t('none'),
          ],
          [f('regions'), list(p.regions)],
          [f('opensAt'), date(p.opensAt)],
          [f('closesAt'), date(p.closesAt)],
          [f('status'), this.#tr(`status.${p.status}`)],
        );
        break;
      }
      case 'services': {
        const s = r as Service;
        rows.push(
          [f('name'), text(s.name)],
          [f('question'), text(s.question)],
          [f('scale'), this.#tr(`scale.${s.scale}`)],
          [f('reasons'), list(s.reasons)],
          [f('commentMaxLength'), this.locale.i18n.number(s.commentMaxLength)],
          [f('publicAggregate'), yesNo(s.publicAggregate)],
          [f('status'), this.#tr(`status.${s.status}`)],
        );
        break;
      }
    }
    return html`<dl class="summary-list">
      ${rows.map(
        ([label, value]) =>
          html`<dt>${label}</dt>
            <dd>${value}</dd>`,
      )}
    </dl>`;
  }

  // ------------------------------------------------------------ forms

  #editForm(form: ContentForm): TemplateResult {
    return html`${errorSummary(this.t('form.errorTitle'), this.error, this.t('form.errorTitle'))}
      <p>${this.t('form.idFixed', { id: form.id })}</p>
      ${form.kind === 'petitions' && form.response ? html`<p>${this.t('form.responseKept')}</p>` : nothing}
      ${this.#form(form, false)}`;
  }

  #form(form: ContentForm, creating: boolean): TemplateResult {
    return html`<form novalidate @submit=${(e: SubmitEvent) => this.#submit(e, creating)}>
      ${this.#fields(form, creating)}
      <div class="visually-hidden" role="status" id="form-status">${this.rowStatus}</div>
      <div class="actions">
        <button type="submit" id="save" aria-disabled=${this.busy ? 'true' : 'false'}>
          ${this.busy ? this.t('form.saving') : this.t(creating ? 'form.create' : 'form.save')}
        </button>
      </div>
    </form>`;
  }

  #fields(form: ContentForm, creating: boolean): TemplateResult {
    return html`${this.#languages(form)} ${this.#kindFields(form, creating)}`;
  }

  #kindFields(form: ContentForm, creating: boolean): TemplateResult {
    const id = creating ? this.#idField(form) : nothing;
    switch (form.kind) {
      case 'polls':
        return html`${this.#text('question', form.question, (v) => this.#setTitle(v), { localised: true })} ${id}
        ${this.#text('description', form.description, (v) => this.#patch({ description: v }), { optional: true, multiline: true, localised: true })}
        ${this.#rows('options', form.options, { min: 2, max: 50, locked: !creating && (this.participants ?? 0) > 0 })}
        ${this.#radios('mode', form.mode, ['single', 'multiple'], (v) => this.#patch({ mode: v as 'single' | 'multiple' }), 'mode')}
        ${
          form.mode === 'multiple'
            ? this.#text('maxChoices', form.maxChoices, (v) => this.#patch({ maxChoices: v }), { optional: true, numeric: true })
            : nothing
        }
        ${this.#date('opensAt', form.opensAt, (v) => this.#patch({ opensAt: v }))}
        ${this.#date('closesAt', form.closesAt, (v) => this.#patch({ closesAt: v }))}
        ${this.#radios('resultsVisibility', form.resultsVisibility, ['always', 'after-vote', 'after-close', 'never'], (v) => this.#patch({ resultsVisibility: v }), 'results')}
        ${this.#checkbox('allowChange', form.allowChange, (v) => this.#patch({ allowChange: v }))} ${this.#access(form)}
        ${this.#radios('status', form.status, STATUSES.polls, (v) => this.#patch({ status: v }), 'status')}`;
      case 'threads':
        return html`${this.#text('title', form.title, (v) => this.#setTitle(v), { optional: true, localised: true })} ${id}
        ${this.#radios('moderation', form.moderation, ['post', 'pre'], (v) => this.#patch({ moderation: v }), 'moderation')}
        ${this.#text('maxLength', form.maxLength, (v) => this.#patch({ maxLength: v }), { numeric: true })}
        ${this.#text('maxDepth', form.maxDepth, (v) => this.#patch({ maxDepth: v }), { numeric: true })}
        ${this.#text('reportThreshold', form.reportThreshold, (v) => this.#patch({ reportThreshold: v }), { numeric: true })}
        ${this.#access(form)}
        ${this.#radios('status', form.status, STATUSES.threads, (v) => this.#patch({ status: v }), 'status')}`;
      case 'petitions':
        return html`${this.#text('title', form.title, (v) => this.#setTitle(v), { localised: true })} ${id}
        ${this.#text('summary', form.summary, (v) => this.#patch({ summary: v }), { optional: true, multiline: true, localised: true })}
        ${this.#text('body', form.body, (v) => this.#patch({ body: v }), { optional: true, multiline: true, long: true, localised: true })}
        ${this.#text('goal', form.goal, (v) => this.#patch({ goal: v }), { numeric: true })} ${this.#milestones(form.milestones)}
        ${this.#rows('regions', form.regions, { min: 0, max: 1000, locked: false })}
        ${this.#date('opensAt', form.opensAt, (v) => this.#patch({ opensAt: v }))}
        ${this.#date('closesAt', form.closesAt, (v) => this.#patch({ closesAt: v }))} ${this.#access(form)}
        ${this.#radios('status', form.status, form.status === 'responded' || form.response ? STATUSES.petitions : STATUSES.petitions.slice(0, 3), (v) => this.#patch({ status: v }), 'status')}`;
      case 'services':
        return html`${this.#text('name', form.name, (v) => this.#setTitle(v))} ${id}
        ${this.#text('question', form.question, (v) => this.#patch({ question: v }), { localised: true })}
        ${this.#radios('scale', form.scale, ['stars5', 'yesno', 'csat5'], (v) => this.#patch({ scale: v }), 'scale')}
        ${this.#rows('reasons', form.reasons, { min: 0, max: 1000, locked: false })}
        ${this.#text('commentMaxLength', form.commentMaxLength, (v) => this.#patch({ commentMaxLength: v }), { numeric: true })}
        ${this.#checkbox('publicAggregate', form.publicAggregate, (v) => this.#patch({ publicAggregate: v }))}
        ${this.#access(form)}
        ${this.#radios('status', form.status, STATUSES.services, (v) => this.#patch({ status: v }), 'status')}`;
    }
  }

  #patch(patch: Record<string, unknown>): void {
    if (this.form) this.form = { ...this.form, ...patch } as ContentForm;
  }

  /** The title (question, name) changes, and with it the suggested id until someone types one. */
  #setTitle(value: string): void {
    const form = this.form;
    if (!form) return;
    const field = form.kind === 'polls' ? 'question' : form.kind === 'services' ? 'name' : 'title';
    const patch: Record<string, unknown> = { [field]: value };
    if (this.page.name === 'new' && !form.idTouched) patch['id'] = uniqueId(slugify(value), this.#takenIds());
    this.#patch(patch);
  }

  #takenIds(): Set<string> {
    return new Set((this.list ?? []).map((r) => r.id));
  }

  /** The message beside a field: errors whose path is exactly this one. */
  #errorAt(path: string): string | undefined {
    return this.error?.fieldErrors.find((e) => e.path === path)?.message;
  }

  #describedBy(id: string, hint: boolean, error: string | undefined): string | typeof nothing {
    return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;
  }

  #label(path: string, optional = false): string {
    const shared = SHARED_FIELDS[path];
    const label = this.#tr(shared ? `field.any.${shared}` : `field.${this.form?.kind ?? 'polls'}.${path}`);
    return optional ? this.t('form.optional', { label }) : label;
  }

  #hint(path: string): string {
    const shared = SHARED_FIELDS[path];
    const key = shared ? `hint.any.${shared}` : `hint.${this.form?.kind ?? 'polls'}.${path}`;
    return key in contentMessages.en ? this.#tr(key) : '';
  }

  /** Who can take part (polls, petitions, ratings) and the flood challenge (every kind). */
  #access(form: ContentForm): TemplateResult {
    const verified = form.kind !== 'threads' && form.eligibility === 'verified';
    return html`${
      form.kind === 'threads'
        ? nothing
        : this.#radios(
            'eligibility',
            form.eligibility,
            ['anyone', 'verified'],
            (v) => this.#patch({ eligibility: v }),
            'eligibility',
          )
    }
    ${
      verified
        ? html`${this.#textField('eligibility.signIn', form.signIn, (v) => this.#patch({ signIn: v }), { optional: true, mono: true })}
          ${this.#textField('eligibility.claim.name', form.claimName, (v) => this.#patch({ claimName: v }), { optional: true, mono: true })}
          ${
            form.claimName.trim()
              ? this.#textField('eligibility.claim.anyOf', form.claimValues, (v) => this.#patch({ claimValues: v }), {})
              : nothing
          }`
        : nothing
    }
    ${this.#checkbox('challenge', form.challenge, (v) => this.#patch({ challenge: v }))}`;
  }

  #idField(form: ContentForm): TemplateResult {
    return this.#text('id', form.id, (v) => this.#patch({ id: v.trim(), idTouched: v.trim() !== '' }), {
      hint: this.t('hint.id'),
      mono: true,
    });
  }

  #text(
    path: string,
    value: string,
    set: (value: string) => void,
    options: {
      optional?: boolean;
      multiline?: boolean;
      long?: boolean;
      numeric?: boolean;
      hint?: string;
      mono?: boolean;
      /** A text that may be given by language: its other languages' fields go beside it. */
      localised?: boolean;
    } = {},
  ): TemplateResult {
    const field = this.#textField(path, value, set, options);
    if (!options.localised || !this.#multilingual()) return field;
    return html`<div class="by-language">
      ${field} ${this.#translations(path, path, this.#label(path, options.optional), options)}
    </div>`;
  }

  #textField(
    path: string,
    value: string,
    set: (value: string) => void,
    options: {
      optional?: boolean;
      multiline?: boolean;
      long?: boolean;
      numeric?: boolean;
      hint?: string;
      mono?: boolean;
      localised?: boolean;
    },
  ): TemplateResult {
    const id = fieldId(path);
    const hint = options.hint ?? this.#hint(path);
    const error = this.#errorAt(path);
    const describedBy = this.#describedBy(id, !!hint, error);
    const onInput = (e: Event) => set((e.target as HTMLInputElement | HTMLTextAreaElement).value);
    const label = this.#label(path, options.optional);
    return html`<div class="field ${error ? 'invalid' : ''}">
      <label for=${id}>${options.localised ? this.#inFirstLanguage(label) : label}</label>
      ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing}
      ${error ? html`<span class="error" id="${id}-error">${error}</span>` : nothing}
      ${
        options.multiline
          ? html`<textarea
              id=${id}
              name=${path}
              class=${options.long ? 'long' : ''}
              dir="auto"
              aria-describedby=${describedBy}
              aria-invalid=${error ? 'true' : nothing}
              .value=${live(value)}
              @input=${onInput}
            ></textarea>`
          : html`<input
              id=${id}
              name=${path}
              type="text"
              dir=${options.mono || options.numeric ? 'ltr' : 'auto'}
              inputmode=${options.numeric ? 'numeric' : nothing}
              spellcheck=${options.mono || options.numeric ? 'false' : nothing}
              autocomplete="off"
              aria-describedby=${describedBy}
              aria-invalid=${error ? 'true' : nothing}
              .value=${live(value)}
              @input=${onInput}
            />`
      }
    </div>`;
  }

  #date(path: 'opensAt' | 'closesAt', value: string, set: (value: string) => void): TemplateResult {
    const id = fieldId(path);
    const error = this.#errorAt(path);
    const hint = `${this.#hint(path)} ${this.t('form.tz', { zone: zoneName(this.locale.lang) })}`;
    return html`<div class="field ${error ? 'invalid' : ''}">
      <label for=${id}>${this.#label(path, true)}</label>
      <span class="hint" id="${id}-hint">${hint}</span>
      ${error ? html`<span class="error" id="${id}-error">${error}</span>` : nothing}
      <input
        id=${id}
        name=${path}
        type="datetime-local"
        aria-describedby=${this.#describedBy(id, true, error)}
        aria-invalid=${error ? 'true' : nothing}
        .value=${live(value)}
        @input=${(e: Event) => set((e.target as HTMLInputElement).value)}
        @change=${(e: Event) => set((e.target as HTMLInputElement).value)}
      />
    </div>`;
  }

  #radios(path: string, value: string, choices: readonly string[], set: (value: string) => void, prefix: string): TemplateResult {
    const id = fieldId(path);
    const error = this.#errorAt(path);
    const hint = this.#hint(path);
    return html`<fieldset
      class="field group ${error ? 'invalid' : ''}"
      id=${id}
      tabindex="-1"
      aria-describedby=${this.#describedBy(id, !!hint, error)}
    >
      <legend>${this.#label(path)}</legend>
      ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing}
      ${error ? html`<span class="error" id="${id}-error">${error}</span>` : nothing}
      ${choices.map(
        (choice) =>
          html`<div class="choice">
            <input
              type="radio"
              id="${id}-${choice}"
              name=${path}
              value=${choice}
              .checked=${live(choice === value)}
              @change=${() => set(choice)}
            />
            <label for="${id}-${choice}">${this.#tr(`${prefix}.${choice}`)}</label>
          </div>`,
      )}
    </fieldset>`;
  }

  #checkbox(path: string, value: boolean, set: (value: boolean) => void): TemplateResult {
    const id = fieldId(path);
    const error = this.#errorAt(path);
    const hint = this.#hint(path);
    return html`<div class="field ${error ? 'invalid' : ''}">
      ${error ? html`<span class="error" id="${id}-error">${error}</span>` : nothing}
      <div class="choice">
        <input
          type="checkbox"
          id=${id}
          name=${path}
          aria-describedby=${this.#describedBy(id, !!hint, error)}
          .checked=${live(value)}
          @change=${(e: Event) => set((e.target as HTMLInputElement).checked)}
        />
        <label for=${id}>${this.#label(path)}</label>
      </div>
      ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing}
    </div>`;
  }

  // ------------------------------------------------------------ languages

  /** Whether the texts are being written in more than one language. */
  #multilingual(): boolean {
    return (this.form?.languages.length ?? 0) > 1;
  }

  /** The language the form's own fields are in: the first chosen, else the widget language nearest the console's. */
  #firstLanguage(): string {
    return this.form?.languages[0] ?? widgetLanguageFor(this.locale.lang);
  }

  /** A text field's label, with its language once there are several. */
  #inFirstLanguage(label: string): string {
    return this.#multilingual()
      ? this.t('languages.in', { label, language: languageLabel(this.#firstLanguage(), this.locale.lang) })
      : label;
  }

  #languages(form: ContentForm): TemplateResult {
    const first = this.#firstLanguage();
    const others = form.languages.slice(1);
    const name = (tag: string) => languageLabel(tag, this.locale.lang);
    const setLanguages = (languages: string[]) => this.#patch({ languages });
    return html`<fieldset class="group languages" id="field-languages" tabindex="-1" aria-describedby="field-languages-hint">
      <legend>${this.t('languages.title')}</legend>
      <span class="hint" id="field-languages-hint">${this.t('languages.hint')}</span>
      <div class="field">
        <label for="language-first">${this.t('languages.main')}</label>
        <select id="language-first" @change=${(e: Event) => setLanguages([(e.target as HTMLSelectElement).value, ...others])}>
          ${WIDGET_LANGUAGES.filter((l) => !others.includes(l.tag)).map(
            (l) => html`<option value=${l.tag} lang=${l.tag} ?selected=${l.tag === first}>${name(l.tag)}</option>`,
          )}
        </select>
      </div>
      ${
        others.length
          ? html`<p class="label">${this.t('languages.others')}</p>
              <ul class="languages-list">
                ${others.map(
                  (tag) =>
                    html`<li>
                      <span lang=${tag}>${name(tag)}</span>
                      <button
                        type="button"
                        class="secondary"
                        id="remove-language-${tag}"
                        @click=${() => this.#removeLanguage(tag)}
                      >
                        ${this.t('languages.remove', { language: name(tag) })}
                      </button>
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      <div class="field add-language">
        <label for="language-add">${this.t('languages.add')}</label>
        <div class="inline">
          <select id="language-add">
            ${WIDGET_LANGUAGES.filter((l) => l.tag !== first && !others.includes(l.tag)).map(
              (l) => html`<option value=${l.tag} lang=${l.tag}>${name(l.tag)}</option>`,
            )}
          </select>
          <button type="button" class="secondary" id="add-language" @click=${() => this.#addLanguage()}>
            ${this.t('languages.addButton')}
          </button>
        </div>
      </div>
    </fieldset>`;
  }

  async #addLanguage(): Promise<void> {
    const form = this.form;
    const select = this.renderRoot.querySelector<HTMLSelectElement>('#language-add');
    if (!form || !select?.value) return;
    const tag = select.value;
    this.#patch({ languages: [this.#firstLanguage(), ...form.languages.slice(1), tag] });
    this.rowStatus = this.t('languages.added', { language: languageLabel(tag, this.locale.lang) });
    await this.updateComplete;
    // The first text's field in the new language: where its words go first.
    this.renderRoot.querySelector<HTMLElement>(`[data-language="${tag}"]`)?.focus();
  }

  async #removeLanguage(tag: string): Promise<void> {
    const form = this.form;
    if (!form) return;
    const languages = form.languages.filter((l) => l !== tag);
    const translations = Object.fromEntries(
      Object.entries(form.translations).map(([key, texts]) => [
        key,
        Object.fromEntries(Object.entries(texts).filter(([l]) => l !== tag)),
      ]),
    );
    this.#patch({ languages, translations });
    this.rowStatus = this.t('languages.removed', { language: languageLabel(tag, this.locale.lang) });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#language-add')?.focus();
  }

  /** The fields of a text in the other languages, each marked with its language and direction. */
  #translations(path: string, key: TextKey, label: string, options: { multiline?: boolean; long?: boolean }): TemplateResult {
    const form = this.form!;
    return html`${form.languages.slice(1).map((lang) => {
      const id = fieldId(`${path}.${lang}`);
      const error = this.#errorAt(`${path}.${lang}`);
      const value = form.translations[key]?.[lang] ?? '';
      const onInput = (e: Event) => this.#setTranslation(key, lang, (e.target as HTMLInputElement | HTMLTextAreaElement).value);
      const dir = directionOf(lang);
      return html`<div class="field translation ${error ? 'invalid' : ''}">
        <label for=${id}>${this.t('languages.in', { label, language: languageLabel(lang, this.locale.lang) })}</label>
        ${error ? html`<span class="error" id="${id}-error">${error}</span>` : nothing}
        ${
          options.multiline
            ? html`<textarea
                id=${id}
                name="${path}.${lang}"
                lang=${lang}
                dir=${dir}
                data-language=${lang}
                class=${options.long ? 'long' : ''}
                aria-describedby=${error ? `${id}-error` : nothing}
                aria-invalid=${error ? 'true' : nothing}
                .value=${live(value)}
                @input=${onInput}
              ></textarea>`
            : html`<input
                id=${id}
                name="${path}.${lang}"
                type="text"
                lang=${lang}
                dir=${dir}
                data-language=${lang}
                autocomplete="off"
                aria-describedby=${error ? `${id}-error` : nothing}
                aria-invalid=${error ? 'true' : nothing}
                .value=${live(value)}
                @input=${onInput}
              />`
        }
      </div>`;
    })}`;
  }

  #setTranslation(key: TextKey, lang: string, value: string): void {
    const form = this.form;
    if (!form) return;
    this.#patch({ translations: { ...form.translations, [key]: { ...form.translations[key], [lang]: value } } });
  }

  // ------------------------------------------------------------ rows

  #rows(name: RowList, rows: ItemRow[], rules: { min: number; max: number; locked: boolean }): TemplateResult {
    const id = fieldId(name);
    const error = this.#errorAt(name);
    const hint = this.#hint(name);
    const row = ROW_NAME[name];
    const locked = rules.locked;
    const rowLabel = (i: number) => this.#tr(`row.${row}`, { n: i + 1 });
    return html`<fieldset
      class="group ${error ? 'invalid' : ''}"
      id=${id}
      tabindex="-1"
      aria-describedby=${this.#describedBy(id, !!hint, error)}
    >
      <legend>${this.#label(name, rules.min === 0)}</legend>
      ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing}
      ${error ? html`<span class="error" id="${id}-error">${error}</span>` : nothing}
      ${locked ? html`<p class="warning-text">${this.t('options.locked')}</p>` : nothing}
      <ol class="rows">
        ${repeat(
          rows,
          (r) => r.key,
          (r, i) =>
            html`<li>
              <fieldset class="row">
                <legend>${rowLabel(i)}</legend>
                <div class="row-fields">
                  ${this.#rowInput(`${name}.${i}.label`, this.t('row.label'), r.label, (v) => this.#rowLabel(name, r.key, v), {
                    localised: rowTextKey(name, r.key),
                  })}
                  ${this.#rowInput(`${name}.${i}.id`, this.t('row.id'), r.id, (v) => this.#rowId(name, r.key, v), {
                    hint: r.idTouched ? '' : this.t('row.idHint'),
                    readonly: locked,
                    mono: true,
                  })}
                </div>
                ${locked ? nothing : this.#rowActions(name, r.key, i, rows.length, rowLabel(i), rules.min)}
              </fieldset>
            </li>`,
        )}
      </ol>
      ${
        locked || rows.length >= rules.max
          ? nothing
          : html`<button type="button" class="secondary" id="add-${name}" @click=${() => this.#addRow(name)}>
              ${this.#tr(`add.${row}`)}
            </button>`
      }
    </fieldset>`;
  }

  #rowInput(
    path: string,
    label: string,
    value: string,
    set: (value: string) => void,
    options: { hint?: string; readonly?: boolean; mono?: boolean; numeric?: boolean; localised?: TextKey } = {},
  ): TemplateResult {
    const field = this.#rowField(path, label, value, set, options);
    if (options.localised === undefined || !this.#multilingual()) return field;
    return html`${field} ${this.#translations(path, options.localised, label, {})}`;
  }

  #rowField(
    path: string,
    label: string,
    value: string,
    set: (value: string) => void,
    options: { hint?: string; readonly?: boolean; mono?: boolean; numeric?: boolean; localised?: TextKey },
  ): TemplateResult {
    const id = fieldId(path);
    const error = this.#errorAt(path);
    return html`<div class="field ${error ? 'invalid' : ''}">
      <label for=${id}>${options.localised !== undefined ? this.#inFirstLanguage(label) : label}</label>
      ${options.hint ? html`<span class="hint" id="${id}-hint">${options.hint}</span>` : nothing}
      ${error ? html`<span class="error" id="${id}-error">${error}</span>` : nothing}
      <input
        id=${id}
        type="text"
        dir=${options.mono || options.numeric ? 'ltr' : 'auto'}
        inputmode=${options.numeric ? 'numeric' : nothing}
        spellcheck=${options.mono || options.numeric ? 'false' : nothing}
        autocomplete="off"
        ?readonly=${options.readonly}
        aria-describedby=${this.#describedBy(id, !!options.hint, error)}
        aria-invalid=${error ? 'true' : nothing}
        .value=${live(value)}
        @input=${(e: Event) => set((e.target as HTMLInputElement).value)}
      />
    </div>`;
  }

  #rowActions(name: RowList | 'milestones', key: number, i: number, count: number, label: string, min: number): TemplateResult {
    return html`<div class="row-actions">
      ${
        i > 0 && name !== 'milestones'
          ? html`<button type="button" class="secondary" id="up-${key}" @click=${() => this.#moveRow(name, key, -1)}>
              ${this.t('row.up')}<span class="visually-hidden">: ${label}</span>
            </button>`
          : nothing
      }
      ${
        i < count - 1 && name !== 'milestones'
          ? html`<button type="button" class="secondary" id="down-${key}" @click=${() => this.#moveRow(name, key, 1)}>
              ${this.t('row.down')}<span class="visually-hidden">: ${label}</span>
            </button>`
          : nothing
      }
      ${
        count > min
          ? html`<button type="button" class="secondary" id="remove-${key}" @click=${() => this.#removeRow(name, key)}>
              ${this.t('row.remove')}<span class="visually-hidden">: ${label}</span>
            </button>`
          : nothing
      }
    </div>`;
  }

  #getRows(name: RowList): ItemRow[] {
    return ((this.form as unknown as Record<RowList, ItemRow[] | undefined>)[name] ?? []).slice();
  }

  #rowLabel(name: RowList, key: number, label: string): void {
    const rows = this.#getRows(name);
    const index = rows.findIndex((r) => r.key === key);
    const row = rows[index];
    if (!row) return;
    const taken = new Set(rows.filter((r) => r.key !== key).map((r) => r.id));
    rows[index] = { ...row, label, id: row.idTouched ? row.id : uniqueId(slugify(label), taken) };
    this.#patch({ [name]: rows });
  }

  #rowId(name: RowList, key: number, id: string): void {
    const rows = this.#getRows(name).map((r) => (r.key === key ? { ...r, id: id.trim(), idTouched: id.trim() !== '' } : r));
    this.#patch({ [name]: rows });
  }

  async #addRow(name: RowList | 'milestones'): Promise<void> {
    if (!this.form) return;
    let n: number;
    if (name === 'milestones') {
      const rows = (this.form as { milestones: MilestoneRow[] }).milestones.slice();
      rows.push({ key: newKey(), count: '', label: '' });
      n = rows.length;
      this.#patch({ milestones: rows });
    } else {
      const rows = this.#getRows(name);
      rows.push(itemRow());
      n = rows.length;
      this.#patch({ [name]: rows });
    }
    const label = this.#tr(`row.${name === 'milestones' ? 'milestone' : ROW_NAME[name]}`, { n });
    this.rowStatus = this.t('row.added', { row: label });
    await this.updateComplete;
    const path = name === 'milestones' ? `${name}.${n - 1}.count` : `${name}.${n - 1}.label`;
    this.renderRoot.querySelector<HTMLElement>(`#${fieldId(path)}`)?.focus();
  }

  async #moveRow(name: RowList, key: number, by: -1 | 1): Promise<void> {
    const rows = this.#getRows(name);
    const from = rows.findIndex((r) => r.key === key);
    const to = from + by;
    if (from < 0 || to < 0 || to >= rows.length) return;
    const [row] = rows.splice(from, 1);
    rows.splice(to, 0, row!);
    this.#patch({ [name]: rows });
    this.rowStatus = this.t('row.moved', { row: this.#tr(`row.${ROW_NAME[name]}`, { n: from + 1 }), n: to + 1 });
    await this.updateComplete;
    // Focus stays on the button pressed; at the top or bottom it has gone, so the other one takes it.
    const same = this.renderRoot.querySelector<HTMLElement>(`#${by < 0 ? 'up' : 'down'}-${key}`);
    (same ?? this.renderRoot.querySelector<HTMLElement>(`#${by < 0 ? 'down' : 'up'}-${key}`))?.focus();
  }

  async #removeRow(name: RowList | 'milestones', key: number): Promise<void> {
    if (!this.form) return;
    const list = name === 'milestones' ? (this.form as { milestones: MilestoneRow[] }).milestones : this.#getRows(name);
    const index = list.findIndex((r) => r.key === key);
    if (index < 0) return;
    const rows = list.filter((r) => r.key !== key);
    this.#patch({ [name]: rows });
    const label = this.#tr(`row.${name === 'milestones' ? 'milestone' : ROW_NAME[name]}`, { n: index + 1 });
    this.rowStatus = this.t('row.removed', { row: label });
    await this.updateComplete;
    // Focus goes to the row that took its place (or the new last one), else to "Add".
    const at = Math.min(index, rows.length - 1);
    const path = name === 'milestones' ? `${name}.${at}.count` : `${name}.${at}.label`;
    const target = at >= 0 ? this.renderRoot.querySelector<HTMLElement>(`#${fieldId(path)}`) : null;
    (target ?? this.renderRoot.querySelector<HTMLElement>(`#add-${name}`))?.focus();
  }

  #milestones(rows: MilestoneRow[]): TemplateResult {
    const id = fieldId('milestones');
    const error = this.#errorAt('milestones');
    const hint = this.#hint('milestones');
    const set = (key: number, patch: Partial<MilestoneRow>) =>
      this.#patch({ milestones: rows.map((r) => (r.key === key ? { ...r, ...patch } : r)) });
    return html`<fieldset
      class="group ${error ? 'invalid' : ''}"
      id=${id}
      tabindex="-1"
      aria-describedby=${this.#describedBy(id, !!hint, error)}
    >
      <legend>${this.#label('milestones', true)}</legend>
      ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing}
      ${error ? html`<span class="error" id="${id}-error">${error}</span>` : nothing}
      <ol class="rows">
        ${repeat(
          rows,
          (r) => r.key,
          (r, i) => {
            const label = this.t('row.milestone', { n: i + 1 });
            return html`<li>
              <fieldset class="row">
                <legend>${label}</legend>
                <div class="row-fields">
                  ${this.#rowInput(`milestones.${i}.count`, this.t('row.count'), r.count, (v) => set(r.key, { count: v }), { numeric: true })}
                  ${this.#rowInput(`milestones.${i}.label`, this.t('row.label'), r.label, (v) => set(r.key, { label: v }), {
                    localised: rowTextKey('milestones', r.key),
                  })}
                </div>
                ${this.#rowActions('milestones', r.key, i, rows.length, label, 0)}
              </fieldset>
            </li>`;
          },
        )}
      </ol>
      <button type="button" class="secondary" id="add-milestones" @click=${() => this.#addRow('milestones')}>
        ${this.t('add.milestone')}
      </button>
    </fieldset>`;
  }

  // ------------------------------------------------------------ saving

  /** Problems the browser knows before the server: half-typed dates, closing before opening, a reserved id. */
  #localErrors(form: ContentForm, creating: boolean): FieldError[] {
    const errors: FieldError[] = [];
    const label = (path: string) => this.#label(path);
    if (form.kind === 'polls' || form.kind === 'petitions') {
      for (const path of ['opensAt', 'closesAt'] as const) {
        const input = this.renderRoot.querySelector<HTMLInputElement>(`#${fieldId(path)}`);
        if (input?.validity.badInput) errors.push({ path, message: this.t('rule.incompleteDate', { label: label(path) }) });
      }
      if (form.opensAt && form.closesAt && form.closesAt <= form.opensAt && !errors.length)
        errors.push({ path: 'closesAt', message: this.t('rule.closesBeforeOpens') });
    }
    if (creating && form.id === 'new') errors.push({ path: 'id', message: this.t('rule.reserved') });
    return errors;
  }

  async #submit(event: SubmitEvent, creating: boolean): Promise<void> {
    event.preventDefault();
    const form = this.form;
    if (this.busy || !form) return;
    const local = this.#localErrors(form, creating);
    if (local.length) {
      this.error = new ApiError(422, 'invalid-input', '', local);
      await focusErrorSummary(this);
      return;
    }
    // Closing is confirmed, whether by the Close button or by saving the status.
    const before = (this.item as { status?: string } | null)?.status;
    if (!creating && form.status === 'closed' && before !== 'closed' && !(await this.#confirmClose('save-close'))) return;
    await this.#save();
  }

  async #save(): Promise<void> {
    const form = this.form;
    const page = this.page;
    if (this.busy || !form || page.name === 'unknown' || page.name === 'list') return;
    this.busy = true;
    const kind = form.kind;
    try {
      if (page.name === 'new') {
        const saved = await this.api.post<AnyResource>(`/${kind}`, toDefinition(form, true));
        const title = isolate(titleOf(kind, saved) || saved.id);
        this.#nextNotice = this.t((saved as { status: string }).status === 'draft' ? 'notice.createdDraft' : 'notice.created', {
          title,
        });
        this.error = null;
        navigate(href('content', kind, saved.id));
      } else {
        const saved = await this.api.put<AnyResource>(`/${kind}/${encodeURIComponent(page.id)}`, toDefinition(form, false));
        this.#saved(kind, saved);
        await this.#announce(this.t('notice.saved'));
      }
    } catch (error) {
      this.error = this.#plain(asApiError(error), form);
      await focusErrorSummary(this);
    } finally {
      this.busy = false;
    }
  }

  /** The server's refusal with each field error in plain words (model.ts describes them). */
  #plain(error: ApiError, form: ContentForm): ApiError {
    const seen = new Set<string>();
    const kind = form.kind;
    const fieldErrors = formErrors(form, error.fieldErrors)
      .map((e) => ({ path: e.path, message: this.#say(describeError(kind, e.path, e.message)) }))
      .filter((e) => {
        const key = `${e.path}\n${e.message}`;
        return seen.has(key) ? false : (seen.add(key), true);
      });
    return new ApiError(error.status, error.code, error.message, fieldErrors);
  }
}

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
}

/** Text folded for search: lower case, without accents. */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The browser's time zone with its name in the console's language: "Europe/Paris (Central European Standard Time)". */
function zoneName(lang: string): string {
  const zone = timeZone();
  try {
    const long = new Intl.DateTimeFormat(lang, { timeZoneName: 'long' })
      .formatToParts(new Date())
      .find((p) => p.type === 'timeZoneName')?.value;
    return long && long !== zone ? `${zone} (${long})` : zone;
  } catch {
    return zone;
  }
}

customElements.define('civic-console-content', ConsoleContent);
