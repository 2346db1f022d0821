import { type PropertyValues, type TemplateResult, css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { LocaleController } from '@civic-widgets/elements';
import { ApiError } from '../api.js';
import { chartStyles } from '../components/chart.js';
import { isolate } from '../components/text.js';
import { contentStyles } from '../content/content.styles.js';
import { type AnyResource, KINDS, type Kind, countOf, isKind, phaseNow, titleOf } from '../content/model.js';
import { type ResultsMessageKey, resultsMessages } from '../i18n/results.js';
import {
  petitionCharts,
  petitionProgress,
  pollDashboard,
  serviceDashboard,
  type Speaker,
  threadDashboard,
} from '../results/dashboards.js';
import {
  type AnyDashboard,
  CSV_TABLES,
  type DashboardOf,
  LIVE_READ_MS,
  type PetitionDashboard,
  type PollDashboard,
  REFRESH_MS,
  type ServiceComment,
  type ServiceDashboard,
  type ThreadDashboard,
  downloadName,
  liveTopic,
} from '../results/model.js';
import { type Route, href } from '../router.js';
import { consoleStyles } from '../styles.js';
import { ConsoleView } from '../view.js';

type Page = { name: 'list'; kind: Kind } | { name: 'dashboard'; kind: Kind; id: string } | { name: 'unknown' };

function pageOf(route: Route): Page {
  const [, kind, id, ...rest] = route.path;
  if (kind === undefined) return { name: 'list', kind: 'polls' };
  if (!isKind(kind) || rest.length) return { name: 'unknown' };
  return id === undefined ? { name: 'list', kind } : { name: 'dashboard', kind, id };
}

/** The title of a dashboard's resource. */
function dashboardTitle(kind: Kind, d: AnyDashboard): string {
  switch (kind) {
    case 'polls':
      return (d as PollDashboard).poll.question;
    case 'services':
      return (d as ServiceDashboard).service.name;
    case 'petitions':
      return (d as PetitionDashboard).petition.title;
    case 'threads':
      return (d as ThreadDashboard).thread.title ?? '';
  }
}

function dashboardResource(kind: Kind, d: AnyDashboard): { status: string; opensAt?: string | null; closesAt?: string | null } {
  switch (kind) {
    case 'polls':
      return (d as PollDashboard).poll;
    case 'services':
      return (d as ServiceDashboard).service;
    case 'petitions':
      return (d as PetitionDashboard).petition;
    case 'threads':
      return (d as ThreadDashboard).thread;
  }
}

/**
 * `<civic-console-results>` (every role): `#/results/<kind>` lists polls,
 * discussions, petitions or service ratings; `#/results/<kind>/<id>` is one's
 * dashboard: the figures in words, accessible charts with their tables, and
 * downloads (CSV per table, JSON). While the page is visible the dashboard
 * listens to its resource's live stream and reads its results again when
 * people take part (a vote, a confirmed signature, a published comment, a
 * rating), at most once a second; it also reads them every 10 seconds, for
 * what the stream does not announce, and on "Refresh"; and says when it last did.
 */
export class ConsoleResults extends ConsoleView<ResultsMessageKey> {
  static override styles = [
    consoleStyles,
    contentStyles,
    chartStyles,
    css`
      .refresh {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1rem;
        margin: 0 0 1.5rem;
      }
      .refresh p {
        margin: 0;
      }
      .downloads {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1.5rem;
        padding: 0;
        list-style: none;
      }
      .feedback {
        list-style: none;
        padding: 0;
        margin: 0 0 1rem;
      }
      .feedback li {
        border-inline-start: 4px solid var(--_border);
        padding-inline-start: 1rem;
        margin-block-end: 1rem;
      }
      .feedback p {
        margin: 0 0 0.25rem;
      }
      .feedback-meta {
        display: flex;
        flex-wrap: wrap;
        gap: 0 1rem;
      }
      .user-text {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .progress-line {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1rem;
      }
      .progress-line label {
        margin: 0;
      }
      progress {
        inline-size: min(100%, 20rem);
        block-size: 1.25rem;
        accent-color: var(--_primary);
      }
      .milestones {
        padding-inline-start: 1.25rem;
      }
      .milestones li {
        margin-block-end: 0.4rem;
      }
    `,
  ];
  protected readonly locale = new LocaleController<ResultsMessageKey>(this, resultsMessages);

  @state() private page: Page = { name: 'unknown' };
  @state() private list: AnyResource[] | null = null;
  @state() private listError: ApiError | null = null;
  @state() private dashboard: AnyDashboard | null = null;
  @state() private error: ApiError | null = null;
  /** When the figures shown were read. */
  @state() private updatedAt: Date | null = null;
  /** The last automatic or asked-for refresh failed (the figures shown stay). */
  @state() private refreshError: string | null = null;
  @state() private status = '';
  @state() private comments: ServiceComment[] = [];
  @state() private commentsCursor: string | null = null;
  @state() private commentsLoading = false;
  /** Someone loaded more comments: refreshes keep their list. */
  #commentsPaged = false;
  #pageKey = '';
  #loads = 0;
  #timer: number | undefined;
  #stream: EventSource | null = null;
  /** A read asked for by the live stream, waiting for its turn. */
  #liveTimer: number | undefined;
  #lastLiveRead = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.#onVisibility);
  }

  override disconnectedCallback(): void {
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#stopTimer();
    this.#stopListening();
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The shell's properties may only arrive with the first update (when this module loaded late).
    if (!changed.has('route') || !this.route || !this.api) return;
    const page = pageOf(this.route);
    const key = JSON.stringify(page);
    if (key === this.#pageKey) return;
    this.#pageKey = key;
    this.page = page;
    this.#enter(page);
  }

  #speaker(): Speaker {
    return {
      t: (key, params) => this.t(key, params),
      i18n: this.locale.i18n as Speaker['i18n'],
      rtl: this.locale.dir === 'rtl',
      level: 2,
    };
  }

  // ------------------------------------------------------------ loading

  #enter(page: Page): void {
    const token = ++this.#loads;
    this.#stopTimer();
    this.#stopListening();
    this.list = null;
    this.listError = null;
    this.dashboard = null;
    this.error = null;
    this.updatedAt = null;
    this.refreshError = null;
    this.status = '';
    this.comments = [];
    this.commentsCursor = null;
    this.#commentsPaged = false;
    this.focusHeading();
    if (page.name === 'list')
      this.api.get<AnyResource[]>(`/${page.kind}`).then(
        (list) => token === this.#loads && (this.list = list),
        (error: unknown) => token === this.#loads && (this.listError = asApiError(error)),
      );
    if (page.name === 'dashboard') {
      void this.#read(token, false);
      this.#startTimer();
      this.#listen();
    }
  }

  #path(page: { kind: Kind; id: string }): string {
    return `/results/${page.kind}/${encodeURIComponent(page.id)}`;
  }

  /** Reads the dashboard; `announce` says so in the status message (an asked-for refresh). */
  async #read(token: number, announce: boolean): Promise<void> {
    const page = this.page;
    if (page.name !== 'dashboard') return;
    try {
      const d = await this.api.get<AnyDashboard>(this.#path(page));
      if (token !== this.#loads) return;
      this.dashboard = d;
      this.error = null;
      this.refreshError = null;
      this.updatedAt = new Date();
      if (page.kind === 'services' && !this.#commentsPaged) {
        const { comments } = d as ServiceDashboard;
        this.comments = comments.items;
        this.commentsCursor = comments.nextCursor;
      }
      if (announce) this.status = this.t('refresh.done', { time: this.#time(this.updatedAt) });
    } catch (error) {
      if (token !== this.#loads) return;
      const problem = asApiError(error);
      if (this.dashboard && this.updatedAt) {
        this.refreshError = this.t('refresh.failed', { detail: problem.message, time: this.#time(this.updatedAt) });
        if (announce) this.status = this.refreshError;
      } else {
        this.error = problem;
        this.#stopTimer();
        this.#stopListening();
      }
    }
  }

  #time(date: Date): string {
    return this.locale.i18n.date(date, { timeStyle: 'medium' });
  }

  #startTimer(): void {
    this.#stopTimer();
    if (this.page.name !== 'dashboard' || document.visibilityState !== 'visible') return;
    this.#timer = window.setInterval(() => void this.#read(this.#loads, false), REFRESH_MS);
  }

  #stopTimer(): void {
    if (this.#timer !== undefined) window.clearInterval(this.#timer);
    this.#timer = undefined;
  }

  /** The resource's live stream: each of its events makes the dashboard read its figures again. */
  #listen(): void {
    this.#stopListening();
    const page = this.page;
    if (page.name !== 'dashboard' || document.visibilityState !== 'visible') return;
    // The browser reconnects by itself; while it cannot, the 10-second reads go on.
    this.#stream = new EventSource(this.api.streamHref([liveTopic(page.kind, page.id)]));
    this.#stream.onmessage = this.#onLive;
  }

  #stopListening(): void {
    this.#stream?.close();
    this.#stream = null;
    if (this.#liveTimer !== undefined) window.clearTimeout(this.#liveTimer);
    this.#liveTimer = undefined;
  }

  /** At once, unless the stream made the dashboard read less than a second ago: then when that second is over. */
  readonly #onLive = () => {
    if (this.#liveTimer !== undefined) return;
    const wait = Math.max(0, this.#lastLiveRead + LIVE_READ_MS - Date.now());
    this.#liveTimer = window.setTimeout(() => {
      this.#liveTimer = undefined;
      this.#lastLiveRead = Date.now();
      void this.#read(this.#loads, false);
    }, wait);
  };

  /** Hidden: no reading or listening in the background. Visible again: read at once, then as before. */
  readonly #onVisibility = () => {
    if (document.visibilityState !== 'visible') {
      this.#stopTimer();
      this.#stopListening();
      return;
    }
    if (this.page.name !== 'dashboard' || this.error) return;
    void this.#read(this.#loads, false);
    this.#startTimer();
    this.#listen();
  };

  #refreshNow(): void {
    this.status = '';
    void this.#read(this.#loads, true);
    // The next automatic read comes a full interval after this one.
    this.#startTimer();
  }

  async #moreComments(): Promise<void> {
    const page = this.page;
    if (page.name !== 'dashboard' || !this.commentsCursor || this.commentsLoading) return;
    const token = this.#loads;
    const first = this.comments.length;
    this.commentsLoading = true;
    try {
      const d = await this.api.get<ServiceDashboard>(this.#path(page), { cursor: this.commentsCursor });
      if (token !== this.#loads) return;
      this.#commentsPaged = true;
      this.comments = [...this.comments, ...d.comments.items];
      this.commentsCursor = d.comments.nextCursor;
      this.status = this.t('service.commentsShown', { count: this.comments.length });
      await this.updateComplete;
      // Focus goes to the first comment just shown, so reading continues there.
      const item = this.renderRoot.querySelectorAll<HTMLElement>('.feedback li')[first];
      if (item) {
        item.tabIndex = -1;
        item.focus();
      }
    } catch (error) {
      if (token === this.#loads) this.status = this.t('results.loadError', { detail: asApiError(error).message });
    } finally {
      this.commentsLoading = false;
    }
  }

  // ------------------------------------------------------------ render

  override render(): TemplateResult {
    return html`<p role="status" class="visually-hidden">${this.status}</p>
      ${this.#page()}`;
  }

  #page(): TemplateResult {
    const page = this.page;
    switch (page.name) {
      case 'unknown':
        return html`<h1 tabindex="-1">${this.t('results.notFound')}</h1>
          <p>${this.t('results.notFoundBody')}</p>
          ${this.#kindNav(null)}`;
      case 'list':
        return this.#listPage(page.kind);
      case 'dashboard':
        return this.#dashboardPage(page.kind, page.id);
    }
  }

  #kindNav(current: Kind | null): TemplateResult {
    return html`<nav class="kinds" aria-label=${this.t('results.kinds')}>
      <ul>
        ${KINDS.map(
          (kind) =>
            html`<li>
              <a href=${href('results', kind)} aria-current=${kind === current ? 'page' : nothing}>${this.t(`kind.${kind}`)}</a>
            </li>`,
        )}
      </ul>
    </nav>`;
  }

  #failure(error: ApiError, retry: () => void): TemplateResult {
    const missing = error.status === 404 && this.page.name === 'dashboard';
    return html`<div class="error-summary" role="alert">
      <p>
        ${
          missing && this.page.name === 'dashboard'
            ? this.t('results.missing', { id: isolate(this.page.id) })
            : this.t('results.loadError', { detail: error.message })
        }
      </p>
      ${missing ? nothing : html`<button type="button" class="secondary" @click=${retry}>${this.t('results.retry')}</button>`}
    </div>`;
  }

  #listPage(kind: Kind): TemplateResult {
    return html`<h1 tabindex="-1">${this.t('results.title')}</h1>
      <p>${this.t('results.intro')}</p>
      ${this.#kindNav(kind)} ${this.#listBody(kind)}`;
  }

  #listBody(kind: Kind): TemplateResult {
    if (this.listError) return this.#failure(this.listError, () => this.#enter(this.page));
    if (!this.list) return html`<p>${this.t('results.loading')}</p>`;
    if (!this.list.length) return html`<p>${this.t(`list.none.${kind}`)}</p>`;
    const counted = kind !== 'services';
    return html`<div class="table-wrap">
      <table>
        <caption>
          ${this.t(`list.caption.${kind}`)}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.t('col.title')}</th>
            <th scope="col">${this.t('col.status')}</th>
            ${counted ? html`<th scope="col" class="number">${this.t(`col.count.${kind as Exclude<Kind, 'services'>}`)}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${this.list.map((r) => {
            const title = titleOf(kind, r);
            const phase = phaseNow(r as { status: string });
            const count = countOf(kind, r);
            return html`<tr>
              <td>
                <a href=${href('results', kind, r.id)}>${title ? html`<bdi>${title}</bdi>` : this.t('results.untitled')}</a>
              </td>
              <td><span class="tag ${phase}">${this.t(`phase.${phase}`)}</span></td>
              ${counted ? html`<td class="number">${count === null ? '—' : this.locale.i18n.number(count)}</td>` : nothing}
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }

  #dashboardPage(kind: Kind, id: string): TemplateResult {
    const d = this.dashboard;
    const title = d ? dashboardTitle(kind, d) : '';
    return html`<a class="back" href=${href('results', kind)}>${this.t('results.back')}</a>
      <h1 tabindex="-1">${d ? (title ? html`<bdi>${title}</bdi>` : this.t('results.untitled')) : id}</h1>
      ${
        this.error
          ? this.#failure(this.error, () => this.#enter(this.page))
          : d
            ? this.#dashboardBody(kind, id, d)
            : html`<p>${this.t('results.loading')}</p>`
      }`;
  }

  #dashboardBody(kind: Kind, id: string, d: AnyDashboard): TemplateResult {
    const phase = phaseNow(dashboardResource(kind, d));
    const s = this.#speaker();
    return html`<p class="status-line">
        <span class="muted">${this.t(`kind.${kind}`)}</span>
        <span class="tag ${phase}">${this.t(`phase.${phase}`)}</span>
      </p>
      <div class="refresh">
        <button type="button" class="secondary" id="refresh" @click=${this.#refreshNow}>${this.t('refresh.button')}</button>
        <p>
          ${
            this.updatedAt
              ? html`<strong id="updated-at"
                  ><time datetime=${this.updatedAt.toISOString()}
                    >${this.t('refresh.updated', { time: this.#time(this.updatedAt) })}</time
                  ></strong
                >`
              : nothing
          }
          <span class="muted">${this.t('refresh.auto')}</span>
        </p>
      </div>
      ${this.refreshError ? html`<p class="warning-text">${this.refreshError}</p>` : nothing}
      <h2>${this.t('summary.title')}</h2>
      ${this.#kindBody(kind, d, s)} ${this.#downloads(kind, id)}`;
  }

  #kindBody(kind: Kind, d: AnyDashboard, s: Speaker): TemplateResult {
    switch (kind) {
      case 'polls':
        return pollDashboard(s, d as DashboardOf['polls']);
      case 'services':
        return serviceDashboard(s, d as DashboardOf['services'], {
          items: this.comments,
          more: this.commentsCursor !== null,
          loading: this.commentsLoading,
          loadMore: () => void this.#moreComments(),
        });
      case 'petitions':
        return html`${petitionProgress(s, d as PetitionDashboard)} ${petitionCharts(s, d as PetitionDashboard)}`;
      case 'threads':
        return threadDashboard(s, d as ThreadDashboard);
    }
  }

  #downloads(kind: Kind, id: string): TemplateResult {
    const path = `/results/${kind}/${encodeURIComponent(id)}`;
    return html`<section aria-labelledby="downloads-heading">
      <h2 id="downloads-heading">${this.t('download.title')}</h2>
      <p>${this.t('download.intro')}</p>
      <ul class="downloads">
        ${(CSV_TABLES[kind] as readonly string[]).map(
          (table) =>
            html`<li>
              <a
                href=${this.api.href(path, { format: 'csv', table })}
                download=${downloadName(kind, id, table)}
                data-table=${table}
                >${this.t(`download.${kind}.${table}` as ResultsMessageKey)}</a
              >
            </li>`,
        )}
        <li>
          <a href=${this.api.href(path)} download=${downloadName(kind, id, null)} data-table="json">${this.t('download.json')}</a>
        </li>
      </ul>
    </section>`;
  }
}

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
}

customElements.define('civic-console-results', ConsoleResults);
