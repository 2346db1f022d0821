import { type PropertyValues, type TemplateResult, css, html, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { LocaleController } from '@civic-widgets/elements';
import type { Petition } from '@civic-widgets/core';
import { ApiError, type FieldError, can } from '../api.js';
import { chartStyles } from '../components/chart.js';
import type { ConsoleConfirm } from '../components/confirm-dialog.js';
import '../components/confirm-dialog.js';
import { errorSummary, fieldId, focusErrorSummary } from '../components/forms.js';
import { isolate } from '../components/text.js';
import { contentStyles } from '../content/content.styles.js';
import { firstText, phaseNow } from '../content/model.js';
import '../content/preview.js';
import { type PetitionsMessageKey, petitionsMessages } from '../i18n/petitions.js';
import { type ResultsMessageKey, resultsMessages } from '../i18n/results.js';
import {
  type AbuseWatch,
  type BulkCriteria,
  type BulkForm,
  type BulkResult,
  type ResponseDraft,
  type Signature,
  WATCH_MINUTES,
  bulkCriteria,
  defaultWindow,
  sameCriteria,
  watchWindow,
} from '../petitions/model.js';
import { PreviewAdapter } from '../preview-adapter.js';
import { type Speaker, petitionCharts, petitionProgress } from '../results/dashboards.js';
import type { PetitionDashboard } from '../results/model.js';
import { type Route, href } from '../router.js';
import { consoleStyles } from '../styles.js';
import { ConsoleView } from '../view.js';

type Page = { name: 'list' } | { name: 'petition'; id: string } | { name: 'unknown' };

/** An update mailing to the signers who asked for them (GET /admin/petitions/{id}/mailings). */
interface Mailing {
  id: number;
  kind: 'milestone' | 'response' | 'closed';
  reference: string;
  state: 'sending' | 'done' | 'superseded';
  queued: number;
  sent: number;
  failed: number;
  createdAt: string;
}

function pageOf(route: Route): Page {
  const [, id, ...rest] = route.path;
  if (id === undefined) return { name: 'list' };
  return rest.length ? { name: 'unknown' } : { name: 'petition', id };
}

/** What the confirmation dialog asks. */
interface Question {
  heading: string;
  body: string;
  confirm: string;
  warning: boolean;
}

/** A reason and an optional note, as a moderator or clerk types them. */
interface Reasoned {
  reason: string;
  note: string;
}

const seg = (id: string) => encodeURIComponent(id);

/**
 * A read-only adapter whose petition is the one citizens will see once the
 * draft response is published (GET …/response-draft answers `{ draft, preview }`).
 */
function draftAdapter(petitionId: string): PreviewAdapter {
  const preview = `/api/v1/admin/petitions/${seg(petitionId)}/preview`;
  return new PreviewAdapter({
    fetch: async (input, init) => {
      const url = String(input);
      if (!url.endsWith(preview)) return fetch(input, init);
      const res = await fetch(url.replace(/\/preview$/, '/response-draft'), init);
      if (!res.ok) return res;
      const body = (await res.json()) as { preview: unknown };
      return new Response(JSON.stringify(body.preview), { status: 200, headers: { 'content-type': 'application/json' } });
    },
  });
}

/**
 * `<civic-console-petitions>` (administrators and editors): `#/petitions`
 * lists petitions with their count, goal and status; `#/petitions/<id>` is one
 * petition's desk: progress and signatures by day and region (the Results
 * page's charts), the last hour's busiest e-mail domains and networks, finding
 * a signature by e-mail address and invalidating it, invalidating many by
 * domain or network in a time window (counted first), and the official
 * response: a draft, its preview in the real widget, and publishing it.
 */
export class ConsolePetitions extends ConsoleView<PetitionsMessageKey> {
  static override styles = [
    consoleStyles,
    contentStyles,
    chartStyles,
    css`
      .contents ul {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1.5rem;
        padding: 0;
        list-style: none;
      }
      section.desk {
        border-block-start: 1px solid var(--_border);
        padding-block-start: 0.5rem;
        margin-block-end: 2.5rem;
      }
      .inline-form {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: 0 1rem;
      }
      .inline-form .field {
        flex: 0 1 40rem;
      }
      .inline-form button {
        margin-block-end: 1.25rem;
      }
      .window {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
        gap: 0 1.25rem;
      }
      .choices {
        display: flex;
        flex-wrap: wrap;
        gap: 0 1.5rem;
      }
      .outcome {
        border-inline-start: 6px solid var(--_primary);
        background: var(--_subtle);
        padding: 0.75rem 1rem;
        margin: 0 0 1rem;
        font-weight: 600;
      }
      td bdi,
      code.hash {
        overflow-wrap: anywhere;
      }
      td button {
        min-block-size: 2.5rem;
        padding: 0.25rem 0.75rem;
        text-align: start;
      }
      .row-form td {
        background: var(--_subtle);
        padding: 1rem;
      }
      .row-form fieldset {
        margin: 0;
      }
      .response-text {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        border-inline-start: 4px solid var(--_border);
        padding-inline-start: 1rem;
      }
      .tag.confirmed {
        color: var(--_success);
      }
      .tag.invalidated {
        color: var(--_error);
      }
      .tag.pending {
        color: var(--_muted);
      }
      progress {
        inline-size: min(100%, 20rem);
        block-size: 1.25rem;
        accent-color: var(--_primary);
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
      .milestones {
        padding-inline-start: 1.25rem;
      }
    `,
  ];
  protected readonly locale = new LocaleController<PetitionsMessageKey>(this, petitionsMessages);
  /** The Results page's words, for the progress and charts shown here as there. */
  readonly #results = new LocaleController<ResultsMessageKey>(this, resultsMessages);

  @query('civic-console-confirm') private confirmDialog!: ConsoleConfirm;

  @state() private page: Page = { name: 'unknown' };
  @state() private list: Petition[] | null = null;
  @state() private loadError: ApiError | null = null;
  @state() private petition: Petition | null = null;
  @state() private dashboard: PetitionDashboard | null = null;
  @state() private watch: AbuseWatch | null = null;
  @state() private watchError: string | null = null;
  @state() private notice: string | null = null;
  @state() private question: Question = { heading: '', body: '', confirm: '', warning: false };
  // Find a signature
  @state() private email = '';
  @state() private found: Signature[] | null = null;
  @state() private searchError: ApiError | null = null;
  @state() private searching = false;
  /** The signature whose reason form is open, with what is typed. */
  @state() private invalidating: ({ id: number } & Reasoned) | null = null;
  @state() private invalidateError: ApiError | null = null;
  @state() private signatureOutcome: string | null = null;
  // Invalidate in bulk
  @state() private bulk: BulkForm = { by: 'domain', value: '', ...defaultWindow() };
  @state() private bulkReason: Reasoned = { reason: '', note: '' };
  @state() private dryRun: { criteria: BulkCriteria; result: BulkResult } | null = null;
  @state() private bulkError: ApiError | null = null;
  @state() private bulkOutcome: string | null = null;
  // The official response
  @state() private draft: ResponseDraft | null = null;
  @state() private mailings: Mailing[] | null = null;
  @state() private draftText = '';
  @state() private draftError: ApiError | null = null;
  @state() private draftOutcome: string | null = null;
  @state() private final = true;
  @state() private previewAdapter: PreviewAdapter | null = null;
  @state() private busy = false;
  #pageKey = '';
  #loads = 0;

  #tr(key: string, params?: Record<string, string | number>): string {
    return this.t(key as PetitionsMessageKey, params);
  }

  private get canRespond(): boolean {
    return can(this.session?.staff.role, 'responses');
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

  // ------------------------------------------------------------ loading

  #enter(page: Page): void {
    const token = ++this.#loads;
    const current = () => token === this.#loads;
    this.loadError = null;
    this.list = null;
    this.petition = null;
    this.dashboard = null;
    this.watch = null;
    this.watchError = null;
    this.notice = null;
    this.email = '';
    this.found = null;
    this.searchError = null;
    this.invalidating = null;
    this.invalidateError = null;
    this.signatureOutcome = null;
    this.bulk = { by: 'domain', value: '', ...defaultWindow() };
    this.bulkReason = { reason: '', note: '' };
    this.dryRun = null;
    this.bulkError = null;
    this.bulkOutcome = null;
    this.draft = null;
    this.mailings = null;
    this.draftText = '';
    this.draftError = null;
    this.draftOutcome = null;
    this.previewAdapter = null;
    this.focusHeading();
    if (page.name === 'list')
      this.api.get<Petition[]>('/petitions').then(
        (list) => current() && (this.list = list),
        (error: unknown) => current() && (this.loadError = asApiError(error)),
      );
    if (page.name !== 'petition') return;
    const id = seg(page.id);
    this.api.get<Petition>(`/petitions/${id}`).then(
      (petition) => current() && (this.petition = petition),
      (error: unknown) => current() && (this.loadError = asApiError(error)),
    );
    void this.#loadDashboard(token);
    void this.#loadWatch(token);
    if (this.canRespond)
      this.api.get<{ draft: ResponseDraft | null }>(`/petitions/${id}/response-draft`).then(
        ({ draft }) => {
          if (!current()) return;
          this.draft = draft;
          this.draftText = draft?.body ?? '';
          this.previewAdapter = draftAdapter(page.id);
        },
        (error: unknown) => current() && (this.draftError = asApiError(error)),
      );
    if (this.canRespond) void this.#loadMailings(token);
  }

  async #loadMailings(token = this.#loads): Promise<void> {
    try {
      const mailings = await this.api.get<Mailing[]>(`/petitions/${seg(this.#id())}/mailings`);
      if (token === this.#loads) this.mailings = mailings;
    } catch {
      // The section says nothing rather than something wrong; the rest of the page stands.
    }
  }

  #id(): string {
    return this.page.name === 'petition' ? this.page.id : '';
  }

  async #loadDashboard(token = this.#loads): Promise<void> {
    try {
      const d = await this.api.get<PetitionDashboard>(`/results/petitions/${seg(this.#id())}`);
      if (token === this.#loads) this.dashboard = d;
    } catch (error) {
      if (token === this.#loads && !this.loadError) this.loadError = asApiError(error);
    }
  }

  async #loadWatch(token = this.#loads): Promise<void> {
    this.watchError = null;
    try {
      const watch = await this.api.get<AbuseWatch>(`/petitions/${seg(this.#id())}/abuse-watch`, { minutes: WATCH_MINUTES });
      if (token === this.#loads) this.watch = watch;
    } catch (error) {
      if (token === this.#loads) this.watchError = asApiError(error).message;
    }
  }

  /** Asks in the confirmation dialog; true when confirmed. */
  async #ask(question: Question): Promise<boolean> {
    this.question = question;
    await this.updateComplete;
    return this.confirmDialog.ask();
  }

  /** Shows an outcome and moves focus to it, so it is read and the person continues from there. */
  async #focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  // ------------------------------------------------------------ render

  override render(): TemplateResult {
    return html`<div role="status">
        ${this.notice ? html`<p class="notice" tabindex="-1" id="notice">${this.notice}</p>` : nothing}
      </div>
      ${this.#page()}
      <civic-console-confirm
        heading=${this.question.heading}
        confirm-label=${this.question.confirm}
        cancel-label=${this.t('confirm.cancel')}
        ?warning=${this.question.warning}
      >
        <p>${this.question.body}</p>
      </civic-console-confirm>`;
  }

  #page(): TemplateResult {
    switch (this.page.name) {
      case 'unknown':
        return html`<h1 tabindex="-1">${this.t('petitions.notFound')}</h1>
          <p><a href=${href('petitions')}>${this.t('petitions.back')}</a></p>`;
      case 'list':
        return this.#listPage();
      case 'petition':
        return this.#petitionPage(this.page.id);
    }
  }

  #failure(error: ApiError): TemplateResult {
    const missing = error.status === 404;
    return html`<div class="error-summary" role="alert">
      <p>
        ${missing ? this.t('petitions.missing', { id: isolate(this.#id()) }) : this.t('petitions.loadError', { detail: error.message })}
      </p>
      ${
        missing
          ? nothing
          : html`<button type="button" class="secondary" @click=${() => this.#enter(this.page)}>
              ${this.t('petitions.retry')}
            </button>`
      }
    </div>`;
  }

  #listPage(): TemplateResult {
    const body = () => {
      if (this.loadError) return this.#failure(this.loadError);
      if (!this.list) return html`<p>${this.t('petitions.loading')}</p>`;
      if (!this.list.length) return html`<p>${this.t('petitions.none')}</p>`;
      return html`<div class="table-wrap">
        <table>
          <caption>
            ${this.t('petitions.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${this.t('col.title')}</th>
              <th scope="col">${this.t('col.status')}</th>
              <th scope="col" class="number">${this.t('col.signatures')}</th>
              <th scope="col" class="number">${this.t('col.goal')}</th>
            </tr>
          </thead>
          <tbody>
            ${this.list.map((p) => {
              const phase = phaseNow(p);
              return html`<tr>
                <td>
                  <a href=${href('petitions', p.id)}><bdi>${firstText(p.title)}</bdi></a>
                </td>
                <td><span class="tag ${phase}">${this.#tr(`phase.${phase}`)}</span></td>
                <td class="number">${this.locale.i18n.number(p.signatureCount)}</td>
                <td class="number">${this.locale.i18n.number(p.goal)}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>`;
    };
    return html`<h1 tabindex="-1">${this.t('petitions.title')}</h1>
      <p>${this.t('petitions.intro')}</p>
      ${body()}`;
  }

  #petitionPage(id: string): TemplateResult {
    const p = this.petition;
    return html`<a class="back" href=${href('petitions')}>${this.t('petitions.back')}</a>
      <h1 tabindex="-1">${p ? html`<bdi>${firstText(p.title)}</bdi>` : id}</h1>
      ${this.loadError ? this.#failure(this.loadError) : p ? this.#desk(p) : html`<p>${this.t('petitions.loading')}</p>`}`;
  }

  #desk(p: Petition): TemplateResult {
    const phase = phaseNow(p);
    const sections: [string, PetitionsMessageKey][] = [
      ['progress', 'section.progress'],
      ['watch', 'section.watch'],
      ['find', 'section.find'],
      ['bulk', 'section.bulk'],
      ...(this.canRespond ? ([['response', 'section.response']] as [string, PetitionsMessageKey][]) : []),
    ];
    return html`<p class="status-line">
        <span class="tag ${phase}">${this.#tr(`phase.${phase}`)}</span>
        <span>${this.t('petitions.count', { count: p.signatureCount, goal: p.goal })}</span>
        <a href=${href('results', 'petitions', p.id)}>${this.t('petitions.results')}</a>
      </p>
      <nav class="contents" aria-label=${this.t('petitions.contents')}>
        <ul>
          ${sections.map(
            ([target, key]) =>
              html`<li>
                <a href="#${target}" @click=${(e: Event) => this.#jump(e, target)}>${this.t(key)}</a>
              </li>`,
          )}
        </ul>
      </nav>
      ${this.#progress()} ${this.#watchSection()} ${this.#findSection()} ${this.#bulkSection()}
      ${this.canRespond ? this.#responseSection(p) : nothing}`;
  }

  /** In-page links: the address keeps its route; the section's heading takes focus. */
  #jump(event: Event, target: string): void {
    event.preventDefault();
    const heading = this.renderRoot.querySelector<HTMLElement>(`#${target}-heading`);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus();
  }

  #speaker(): Speaker {
    return {
      t: (key, params) => this.#results.i18n.t(key, params),
      i18n: this.#results.i18n as Speaker['i18n'],
      rtl: this.locale.dir === 'rtl',
      level: 3,
    };
  }

  // ------------------------------------------------------------ progress

  #progress(): TemplateResult {
    const d = this.dashboard;
    return html`<section class="desk" aria-labelledby="progress-heading">
      <h2 id="progress-heading" tabindex="-1">${this.t('section.progress')}</h2>
      ${
        d
          ? html`${petitionProgress(this.#speaker(), d)} ${petitionCharts(this.#speaker(), d)}`
          : html`<p>${this.t('petitions.loading')}</p>`
      }
    </section>`;
  }

  // ------------------------------------------------------------ abuse watch

  #watchSection(): TemplateResult {
    const w = this.watch;
    return html`<section class="desk" aria-labelledby="watch-heading">
      <h2 id="watch-heading" tabindex="-1">${this.t('section.watch')}</h2>
      <p>${this.t('watch.intro', { minutes: WATCH_MINUTES })}</p>
      ${
        this.watchError
          ? html`<p class="warning-text">${this.t('watch.error', { detail: this.watchError })}</p>`
          : !w
            ? html`<p>${this.t('petitions.loading')}</p>`
            : html`<p>${this.t('watch.total', { count: w.total })}</p>
                ${w.total ? html`${this.#trendTable('domain', w)} ${this.#trendTable('network', w)}` : nothing}`
      }
      <button type="button" class="secondary" id="watch-refresh" @click=${() => void this.#loadWatch()}>
        ${this.t('watch.refresh')}
      </button>
    </section>`;
  }

  #trendTable(kind: 'domain' | 'network', w: AbuseWatch): TemplateResult {
    const rows =
      kind === 'domain' ? w.domains.map((d) => ({ key: d.domain, ...d })) : w.networks.map((n) => ({ key: n.network, ...n }));
    const number = (n: number) => this.locale.i18n.number(n);
    return html`<div class="table-wrap">
      <table>
        <caption>
          ${this.t(kind === 'domain' ? 'watch.domains' : 'watch.networks')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.t(kind === 'domain' ? 'col.domain' : 'col.network')}</th>
            <th scope="col" class="number">${this.t('col.signed')}</th>
            <th scope="col" class="number">${this.t('col.confirmed')}</th>
            <th scope="col" class="number">${this.t('col.invalidated')}</th>
            <th scope="col"><span class="visually-hidden">${this.t('col.action')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r) =>
              html`<tr>
                <th scope="row"><code dir="ltr" class=${kind === 'network' ? 'hash' : ''}>${r.key}</code></th>
                <td class="number">${number(r.signatures)}</td>
                <td class="number">${number(r.confirmed)}</td>
                <td class="number">${number(r.invalidated)}</td>
                <td>
                  <button type="button" class="secondary" @click=${() => void this.#prefill(kind, r.key, w)}>
                    ${this.t(kind === 'domain' ? 'watch.invalidateDomain' : 'watch.invalidateNetwork')}<span
                      class="visually-hidden"
                      >: ${r.key}</span
                    >
                  </button>
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  /** Fills in the bulk form from the watch and takes the person there. */
  async #prefill(by: 'domain' | 'network', value: string, w: AbuseWatch): Promise<void> {
    this.bulk = { by, value, ...watchWindow(w) };
    this.dryRun = null;
    this.bulkError = null;
    this.bulkOutcome = null;
    await this.updateComplete;
    const heading = this.renderRoot.querySelector<HTMLElement>('#bulk-heading');
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus();
  }

  // ------------------------------------------------------------ find a signature

  #findSection(): TemplateResult {
    return html`<section class="desk" aria-labelledby="find-heading">
      <h2 id="find-heading" tabindex="-1">${this.t('section.find')}</h2>
      <p>${this.t('find.intro')}</p>
      ${errorSummary(this.t('find.errorTitle'), this.searchError, this.t('find.errorTitle'))}
      <form class="inline-form" novalidate @submit=${this.#search}>
        <div class="field ${this.searchError?.fieldErrors.length ? 'invalid' : ''}">
          <label for=${fieldId('email')}>${this.t('find.email')}</label>
          <span class="hint" id="find-email-hint">${this.t('find.emailHint')}</span>
          <input
            id=${fieldId('email')}
            type="email"
            dir="ltr"
            autocomplete="off"
            spellcheck="false"
            aria-describedby="find-email-hint"
            .value=${live(this.email)}
            @input=${(e: Event) => (this.email = (e.target as HTMLInputElement).value)}
          />
        </div>
        <button type="submit" id="find-submit" aria-disabled=${this.searching ? 'true' : 'false'}>
          ${this.t('find.submit')}
        </button>
      </form>
      ${this.signatureOutcome ? html`<p class="outcome" id="signature-outcome" tabindex="-1">${this.signatureOutcome}</p>` : nothing}
      ${this.#found()}
    </section>`;
  }

  async #search(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.searching) return;
    const email = this.email.trim();
    this.signatureOutcome = null;
    this.invalidating = null;
    if (!email) {
      this.searchError = new ApiError(422, 'invalid-input', '', [{ path: 'email', message: this.t('find.emailRequired') }]);
      await focusErrorSummary(this);
      return;
    }
    this.searching = true;
    try {
      const { items } = await this.api.post<{ items: Signature[] }>(`/petitions/${seg(this.#id())}/signatures/search`, { email });
      this.found = items;
      this.searchError = null;
      await this.#focusOn('#found');
    } catch (error) {
      const problem = asApiError(error);
      this.searchError =
        problem.status === 422
          ? new ApiError(422, problem.code, '', [{ path: 'email', message: this.t('find.emailInvalid') }])
          : problem;
      await focusErrorSummary(this);
    } finally {
      this.searching = false;
    }
  }

  #found(): TemplateResult | typeof nothing {
    const found = this.found;
    if (!found) return nothing;
    if (!found.length) return html`<p id="found" tabindex="-1">${this.t('find.none')}</p>`;
    const date = (iso: string | null) => (iso ? this.locale.i18n.date(iso, { dateStyle: 'medium', timeStyle: 'short' }) : '—');
    const region = (id: string | null) =>
      id === null ? this.t('find.noRegion') : (this.petition?.regions.find((r) => r.id === id)?.label ?? id);
    return html`<div class="table-wrap" id="found" tabindex="-1">
      <table>
        <caption>
          ${this.t('find.caption', { count: found.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.t('col.name')}</th>
            <th scope="col">${this.t('col.email')}</th>
            <th scope="col">${this.t('col.region')}</th>
            <th scope="col">${this.t('col.status')}</th>
            <th scope="col">${this.t('col.signedAt')}</th>
            <th scope="col"><span class="visually-hidden">${this.t('col.action')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${found.map(
            (s) =>
              html`<tr>
                  <td><bdi>${s.name}</bdi></td>
                  <td><code dir="ltr">${s.email ?? s.maskedEmail}</code></td>
                  <td><bdi>${region(s.regionId)}</bdi></td>
                  <td><span class="tag ${s.status}">${this.#tr(`signature.${s.status}`)}</span></td>
                  <td>${date(s.signedAt)}</td>
                  <td>
                    ${
                      s.status === 'invalidated'
                        ? html`${this.t('find.invalidatedOn', { date: date(s.invalidatedAt) })}`
                        : html`<button
                            type="button"
                            class="secondary"
                            id="invalidate-${s.id}"
                            aria-expanded=${this.invalidating?.id === s.id ? 'true' : 'false'}
                            @click=${() => void this.#openInvalidate(s.id)}
                          >
                            ${this.t('find.invalidate')}<span class="visually-hidden">: ${s.name}</span>
                          </button>`
                    }
                  </td>
                </tr>
                ${this.invalidating?.id === s.id ? this.#invalidateForm(s) : nothing}`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  async #openInvalidate(id: number): Promise<void> {
    this.invalidating = this.invalidating?.id === id ? null : { id, reason: '', note: '' };
    this.invalidateError = null;
    if (this.invalidating) await this.#focusOn(`#${fieldId('one-reason')}`);
  }

  #invalidateForm(s: Signature): TemplateResult {
    const form = this.invalidating!;
    return html`<tr class="row-form">
      <td colspan="6">
        <form novalidate @submit=${(e: SubmitEvent) => void this.#invalidateOne(e, s)}>
          <fieldset>
            <legend>${this.t('find.invalidateLegend', { name: isolate(s.name) })}</legend>
            ${errorSummary(this.t('reason.errorTitle'), this.invalidateError, this.t('reason.errorTitle'))}
            ${this.#reasonFields('one', form, (patch) => (this.invalidating = { ...form, ...patch }), this.invalidateError)}
            <div class="actions">
              <button type="submit" class="warning">${this.t('find.invalidateConfirm')}</button>
              <button type="button" class="secondary" @click=${() => this.#closeInvalidate(s.id)}>
                ${this.t('confirm.cancel')}
              </button>
            </div>
          </fieldset>
        </form>
      </td>
    </tr>`;
  }

  async #closeInvalidate(id: number): Promise<void> {
    this.invalidating = null;
    this.invalidateError = null;
    await this.#focusOn(`#invalidate-${id}`);
  }

  /** The reason (required) and note (optional) fields; `prefix` keeps their ids apart. */
  #reasonFields(
    prefix: string,
    value: Reasoned,
    set: (patch: Partial<Reasoned>) => void,
    error: ApiError | null,
  ): TemplateResult {
    const reasonId = fieldId(`${prefix}-reason`);
    const noteId = fieldId(`${prefix}-note`);
    const reasonError = error?.fieldErrors.find((e) => e.path === `${prefix}-reason`)?.message;
    return html`<div class="field ${reasonError ? 'invalid' : ''}">
        <label for=${reasonId}>${this.t('reason.label')}</label>
        <span class="hint" id="${reasonId}-hint">${this.t('reason.hint')}</span>
        ${reasonError ? html`<span class="error" id="${reasonId}-error">${reasonError}</span>` : nothing}
        <input
          id=${reasonId}
          type="text"
          maxlength="500"
          autocomplete="off"
          dir="auto"
          aria-describedby="${reasonId}-hint${reasonError ? ` ${reasonId}-error` : ''}"
          aria-invalid=${reasonError ? 'true' : nothing}
          .value=${live(value.reason)}
          @input=${(e: Event) => set({ reason: (e.target as HTMLInputElement).value })}
        />
      </div>
      <div class="field">
        <label for=${noteId}>${this.t('reason.note')}</label>
        <span class="hint" id="${noteId}-hint">${this.t('reason.noteHint')}</span>
        <textarea
          id=${noteId}
          rows="2"
          maxlength="2000"
          dir="auto"
          aria-describedby="${noteId}-hint"
          .value=${live(value.note)}
          @input=${(e: Event) => set({ note: (e.target as HTMLTextAreaElement).value })}
        ></textarea>
      </div>`;
  }

  #reasonBody(value: Reasoned): { reason: string; note?: string } {
    return { reason: value.reason.trim(), ...(value.note.trim() ? { note: value.note.trim() } : {}) };
  }

  async #invalidateOne(event: SubmitEvent, s: Signature): Promise<void> {
    event.preventDefault();
    const form = this.invalidating;
    if (!form || this.busy) return;
    if (!form.reason.trim()) {
      this.invalidateError = new ApiError(422, 'invalid-input', '', [{ path: 'one-reason', message: this.t('reason.required') }]);
      await focusErrorSummary(this);
      return;
    }
    const ok = await this.#ask({
      heading: this.t('find.confirmHeading'),
      body: this.t('find.confirmBody', { name: isolate(s.name) }),
      confirm: this.t('find.invalidateConfirm'),
      warning: true,
    });
    if (!ok) return;
    this.busy = true;
    try {
      const done = await this.api.post<{ signature: Signature; signatureCount: number }>(
        `/petitions/${seg(this.#id())}/signatures/${s.id}/invalidate`,
        this.#reasonBody(form),
      );
      this.found = (this.found ?? []).map((x) => (x.id === s.id ? done.signature : x));
      this.invalidating = null;
      this.invalidateError = null;
      this.#counted(done.signatureCount);
      this.signatureOutcome = this.t('find.invalidated', { name: isolate(s.name), count: done.signatureCount });
      await this.#focusOn('#signature-outcome');
    } catch (error) {
      this.invalidateError = this.#reasonError(asApiError(error), 'one');
      await focusErrorSummary(this);
    } finally {
      this.busy = false;
    }
  }

  /** The server's refusal, its reason and note errors on this form's fields. */
  #reasonError(error: ApiError, prefix: string): ApiError {
    const fieldErrors: FieldError[] = error.fieldErrors.map((e) =>
      e.path === 'reason' || e.path === 'note' ? { path: `${prefix}-${e.path}`, message: this.t(`reason.server.${e.path}`) } : e,
    );
    return new ApiError(error.status, error.code, error.message, fieldErrors);
  }

  /** A new count: the petition's and the charts' figures follow. */
  #counted(count: number): void {
    if (this.petition) this.petition = { ...this.petition, signatureCount: count };
    void this.#loadDashboard();
    void this.#loadWatch();
  }

  // ------------------------------------------------------------ invalidate in bulk

  #bulkSection(): TemplateResult {
    const b = this.bulk;
    const { criteria } = bulkCriteria(b);
    const checked = this.dryRun && sameCriteria(this.dryRun.criteria, criteria) ? this.dryRun : null;
    const errorAt = (path: string) => this.bulkError?.fieldErrors.find((e) => e.path === path)?.message;
    const input = (path: 'value' | 'from' | 'to', label: string, type: string, hint?: string) => {
      const id = fieldId(`bulk-${path}`);
      const error = errorAt(`bulk-${path}`);
      const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
      return html`<div class="field ${error ? 'invalid' : ''}">
        <label for=${id}>${label}</label>
        ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing}
        ${error ? html`<span class="error" id="${id}-error">${error}</span>` : nothing}
        <input
          id=${id}
          type=${type}
          dir="ltr"
          autocomplete="off"
          spellcheck="false"
          aria-describedby=${described || nothing}
          aria-invalid=${error ? 'true' : nothing}
          .value=${live(b[path])}
          @input=${(e: Event) => this.#setBulk({ [path]: (e.target as HTMLInputElement).value })}
        />
      </div>`;
    };
    const matched = checked ? checked.result.matched.confirmed + checked.result.matched.pending : 0;
    return html`<section class="desk" aria-labelledby="bulk-heading">
      <h2 id="bulk-heading" tabindex="-1">${this.t('section.bulk')}</h2>
      <p>${this.t('bulk.intro')}</p>
      ${errorSummary(this.t('bulk.errorTitle'), this.bulkError, this.t('bulk.errorTitle'))}
      ${this.bulkOutcome ? html`<p class="outcome" id="bulk-outcome" tabindex="-1">${this.bulkOutcome}</p>` : nothing}
      <form novalidate @submit=${this.#check}>
        <fieldset class="field">
          <legend>${this.t('bulk.by')}</legend>
          <div class="choices">
            ${(['domain', 'network'] as const).map(
              (by) =>
                html`<div class="choice">
                  <input
                    type="radio"
                    name="bulk-by"
                    id="bulk-by-${by}"
                    .checked=${live(b.by === by)}
                    @change=${() => this.#setBulk({ by })}
                  />
                  <label for="bulk-by-${by}">${this.t(by === 'domain' ? 'bulk.byDomain' : 'bulk.byNetwork')}</label>
                </div>`,
            )}
          </div>
        </fieldset>
        ${input(
          'value',
          this.t(b.by === 'domain' ? 'bulk.domain' : 'bulk.network'),
          'text',
          this.t(b.by === 'domain' ? 'bulk.domainHint' : 'bulk.networkHint'),
        )}
        <div class="window">
          ${input('from', this.t('bulk.from'), 'datetime-local', this.t('bulk.timeHint'))}
          ${input('to', this.t('bulk.to'), 'datetime-local', this.t('bulk.toHint'))}
        </div>
        <div class="actions">
          <button type="submit" class="secondary" id="bulk-check">${this.t('bulk.check')}</button>
        </div>
      </form>
      <div role="status">
        ${
          checked
            ? html`<p class="outcome" id="bulk-matched" tabindex="-1">
                ${
                  matched
                    ? this.t('bulk.matched', {
                        count: matched,
                        confirmed: checked.result.matched.confirmed,
                        pending: checked.result.matched.pending,
                      })
                    : this.t('bulk.matchedNone')
                }
              </p>`
            : nothing
        }
      </div>
      ${checked && matched ? this.#bulkConfirmForm(matched) : nothing}
    </section>`;
  }

  #setBulk(patch: Partial<BulkForm>): void {
    this.bulk = { ...this.bulk, ...patch, ...('by' in patch && patch.by !== this.bulk.by ? { value: '' } : {}) };
    this.bulkOutcome = null;
  }

  #bulkProblems(): FieldError[] {
    const { problems } = bulkCriteria(this.bulk);
    const path = { value: 'bulk-value', from: 'bulk-from', to: 'bulk-to', order: 'bulk-to' } as const;
    return problems.map((p) => ({
      path: path[p],
      message: this.t(
        p === 'value' ? (this.bulk.by === 'domain' ? 'bulk.domainRequired' : 'bulk.networkRequired') : `bulk.${p}Invalid`,
      ),
    }));
  }

  /** The dry run: how many signatures these criteria match, changing nothing. */
  async #check(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    this.bulkOutcome = null;
    const { criteria } = bulkCriteria(this.bulk);
    const problems = this.#bulkProblems();
    if (problems.length || !criteria) {
      this.bulkError = new ApiError(422, 'invalid-input', '', problems);
      await focusErrorSummary(this);
      return;
    }
    this.busy = true;
    try {
      const result = await this.api.post<BulkResult>(`/petitions/${seg(this.#id())}/signatures/invalidate?dryRun=true`, criteria);
      this.dryRun = { criteria, result };
      this.bulkError = null;
      this.bulkReason = { reason: '', note: '' };
      await this.#focusOn('#bulk-matched');
    } catch (error) {
      this.bulkError = this.#criteriaError(asApiError(error));
      await focusErrorSummary(this);
    } finally {
      this.busy = false;
    }
  }

  /** The server's refusal of the criteria, on the fields it names. */
  #criteriaError(error: ApiError): ApiError {
    const paths: Record<string, string> = { domain: 'bulk-value', network: 'bulk-value', from: 'bulk-from', to: 'bulk-to' };
    const fieldErrors = error.fieldErrors.map((e) => {
      const path = paths[e.path.split('.')[0] ?? ''];
      if (path)
        return {
          path,
          message: this.t(path === 'bulk-value' ? 'bulk.valueInvalid' : `bulk.${path.slice(5) as 'from' | 'to'}Invalid`),
        };
      return e.path === 'reason' || e.path === 'note'
        ? { path: `bulk-${e.path}`, message: this.t(`reason.server.${e.path}`) }
        : e;
    });
    return new ApiError(error.status, error.code, error.message, fieldErrors);
  }

  #bulkConfirmForm(matched: number): TemplateResult {
    return html`<form novalidate @submit=${this.#invalidateMatching}>
      <fieldset>
        <legend>${this.t('bulk.reasonLegend')}</legend>
        ${this.#reasonFields('bulk', this.bulkReason, (patch) => (this.bulkReason = { ...this.bulkReason, ...patch }), this.bulkError)}
        <div class="actions">
          <button type="submit" class="warning" id="bulk-run">${this.t('bulk.run', { count: matched })}</button>
        </div>
      </fieldset>
    </form>`;
  }

  async #invalidateMatching(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const checked = this.dryRun;
    if (!checked || this.busy) return;
    if (!this.bulkReason.reason.trim()) {
      this.bulkError = new ApiError(422, 'invalid-input', '', [{ path: 'bulk-reason', message: this.t('reason.required') }]);
      await focusErrorSummary(this);
      return;
    }
    const matched = checked.result.matched.confirmed + checked.result.matched.pending;
    const target = checked.criteria.domain ?? checked.criteria.network ?? '';
    const ok = await this.#ask({
      heading: this.t('bulk.confirmHeading', { count: matched }),
      body: this.t(checked.criteria.domain ? 'bulk.confirmBodyDomain' : 'bulk.confirmBodyNetwork', { target: isolate(target) }),
      confirm: this.t('bulk.run', { count: matched }),
      warning: true,
    });
    if (!ok) return;
    this.busy = true;
    try {
      const done = await this.api.post<BulkResult>(`/petitions/${seg(this.#id())}/signatures/invalidate?dryRun=false`, {
        ...checked.criteria,
        ...this.#reasonBody(this.bulkReason),
      });
      this.dryRun = null;
      this.bulkError = null;
      this.bulkReason = { reason: '', note: '' };
      this.#counted(done.signatureCount);
      this.bulkOutcome = this.t('bulk.done', { count: done.invalidated, total: done.signatureCount });
      await this.#focusOn('#bulk-outcome');
    } catch (error) {
      this.bulkError = this.#criteriaError(asApiError(error));
      await focusErrorSummary(this);
    } finally {
      this.busy = false;
    }
  }

  // ------------------------------------------------------------ official response

  /** The updates sent to signers who asked for them, and how far each got. */
  #mailings(): TemplateResult | typeof nothing {
    const list = this.mailings;
    if (!list) return nothing;
    const n = (value: number) => this.locale.i18n.number(value);
    return html`<h3 id="mailings-heading">${this.t('mailings.title')}</h3>
      <p class="hint">${this.t('mailings.intro')}</p>
      ${
        list.length === 0
          ? html`<p class="muted" id="mailings-none">${this.t('mailings.none')}</p>`
          : html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="mailings-heading">
              <table id="mailings">
                <caption class="visually-hidden">
                  ${this.t('mailings.title')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${this.t('mailings.about')}</th>
                    <th scope="col">${this.t('mailings.started')}</th>
                    <th scope="col">${this.t('mailings.state')}</th>
                    <th scope="col" class="number">${this.t('mailings.queued')}</th>
                    <th scope="col" class="number">${this.t('mailings.sent')}</th>
                    <th scope="col" class="number">${this.t('mailings.failed')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${list.map(
                    (m) =>
                      html`<tr>
                        <th scope="row">
                          ${
                            m.kind === 'milestone'
                              ? this.t('mailings.kind.milestone', { count: n(Number(m.reference)) })
                              : this.t(m.kind === 'response' ? 'mailings.kind.response' : 'mailings.kind.closed')
                          }
                        </th>
                        <td>${this.locale.i18n.date(m.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</td>
                        <td>${this.t(`mailings.state.${m.state}`)}</td>
                        <td class="number">${n(m.queued)}</td>
                        <td class="number">${n(m.sent)}</td>
                        <td class="number">${n(m.failed)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
      }`;
  }

  #responseSection(p: Petition): TemplateResult {
    const id = fieldId('response-body');
    const error = this.draftError?.fieldErrors.find((e) => e.path === 'response-body')?.message;
    const saved = this.draft;
    const unsaved = (saved?.body ?? '') !== this.draftText;
    return html`<section class="desk" aria-labelledby="response-heading">
      <h2 id="response-heading" tabindex="-1">${this.t('section.response')}</h2>
      <p>${this.t('response.intro')}</p>
      ${
        p.response
          ? html`<h3>
                ${this.t('response.published', { date: this.locale.i18n.date(p.response.respondedAt, { dateStyle: 'long' }) })}
              </h3>
              <p class="response-text" dir="auto">${firstText(p.response.body)}</p>`
          : html`<p class="muted">${this.t('response.none')}</p>`
      }
      ${this.#mailings()} ${errorSummary(this.t('response.errorTitle'), this.draftError, this.t('response.errorTitle'))}
      ${this.draftOutcome ? html`<p class="outcome" id="draft-outcome" tabindex="-1">${this.draftOutcome}</p>` : nothing}
      <form novalidate @submit=${this.#saveDraft}>
        <div class="field ${error ? 'invalid' : ''}">
          <label for=${id}>${this.t('response.draft')}</label>
          <span class="hint" id="${id}-hint">${this.t('response.draftHint')}</span>
          ${error ? html`<span class="error" id="${id}-error">${error}</span>` : nothing}
          <textarea
            id=${id}
            class="long"
            dir="auto"
            maxlength="20000"
            aria-describedby="${id}-hint${error ? ` ${id}-error` : ''}"
            aria-invalid=${error ? 'true' : nothing}
            .value=${live(this.draftText)}
            @input=${(e: Event) => (this.draftText = (e.target as HTMLTextAreaElement).value)}
          ></textarea>
        </div>
        <p class="muted" id="draft-state">
          ${
            saved
              ? this.t(saved.updatedBy ? 'response.savedBy' : 'response.saved', {
                  date: this.locale.i18n.date(saved.updatedAt, { dateStyle: 'medium', timeStyle: 'short' }),
                  who: isolate(saved.updatedBy ?? ''),
                })
              : this.t('response.notSaved')
          }
          ${unsaved && saved ? this.t('response.unsaved') : nothing}
        </p>
        <div class="actions">
          <button type="submit" id="draft-save">${this.t('response.save')}</button>
          ${
            saved
              ? html`<button type="button" class="secondary" id="draft-delete" @click=${() => void this.#deleteDraft()}>
                  ${this.t('response.delete')}
                </button>`
              : nothing
          }
        </div>
      </form>
      <h3 id="preview-heading">${this.t('response.previewTitle')}</h3>
      ${
        saved && this.previewAdapter
          ? html`<p>${this.t('response.previewIntro')}</p>
              <civic-console-preview
                kind="petitions"
                resource-id=${p.id}
                .adapter=${this.previewAdapter}
              ></civic-console-preview>`
          : html`<p>${this.t('response.previewNone')}</p>`
      }
      <h3>${this.t('response.publishTitle')}</h3>
      <form novalidate @submit=${this.#publish}>
        <div class="field">
          <div class="choice">
            <input
              type="checkbox"
              id="response-final"
              aria-describedby="response-final-hint"
              .checked=${live(this.final)}
              @change=${(e: Event) => (this.final = (e.target as HTMLInputElement).checked)}
            />
            <label for="response-final">${this.t('response.final')}</label>
          </div>
          <span class="hint" id="response-final-hint">${this.t('response.finalHint')}</span>
        </div>
        <div class="actions">
          <button type="submit" id="response-publish">${this.t('response.publish')}</button>
        </div>
      </form>
    </section>`;
  }

  #draftProblem(error: ApiError): ApiError {
    const fieldErrors = error.fieldErrors.map((e) =>
      e.path === 'body' ? { path: 'response-body', message: this.t('response.bodyInvalid') } : e,
    );
    return new ApiError(error.status, error.code, error.message, fieldErrors);
  }

  async #saveDraft(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    this.draftOutcome = null;
    if (!this.draftText.trim()) {
      this.draftError = new ApiError(422, 'invalid-input', '', [
        { path: 'response-body', message: this.t('response.bodyRequired') },
      ]);
      await focusErrorSummary(this);
      return;
    }
    this.busy = true;
    try {
      this.draft = await this.api.put<ResponseDraft>(`/petitions/${seg(this.#id())}/response-draft`, { body: this.draftText });
      this.draftText = this.draft.body;
      this.draftError = null;
      // A new adapter: the preview reads the petition with this draft.
      this.previewAdapter = draftAdapter(this.#id());
      this.draftOutcome = this.t('response.savedNotice');
      await this.#focusOn('#draft-outcome');
    } catch (error) {
      this.draftError = this.#draftProblem(asApiError(error));
      await focusErrorSummary(this);
    } finally {
      this.busy = false;
    }
  }

  async #deleteDraft(): Promise<void> {
    if (this.busy) return;
    const ok = await this.#ask({
      heading: this.t('response.deleteHeading'),
      body: this.t('response.deleteBody'),
      confirm: this.t('response.delete'),
      warning: true,
    });
    if (!ok) return;
    this.busy = true;
    try {
      await this.api.delete(`/petitions/${seg(this.#id())}/response-draft`);
      this.draft = null;
      this.draftText = '';
      this.draftError = null;
      this.draftOutcome = this.t('response.deletedNotice');
      await this.#focusOn('#draft-outcome');
    } catch (error) {
      this.draftError = asApiError(error);
      await focusErrorSummary(this);
    } finally {
      this.busy = false;
    }
  }

  async #publish(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    this.draftOutcome = null;
    const body = this.draftText.trim();
    if (!body) {
      this.draftError = new ApiError(422, 'invalid-input', '', [
        { path: 'response-body', message: this.t('response.bodyRequired') },
      ]);
      await focusErrorSummary(this);
      return;
    }
    const ok = await this.#ask({
      heading: this.t('response.publishHeading'),
      body: this.t(this.final ? 'response.publishBodyFinal' : 'response.publishBody'),
      confirm: this.t('response.publish'),
      warning: false,
    });
    if (!ok) return;
    this.busy = true;
    try {
      this.petition = await this.api.post<Petition>(`/petitions/${seg(this.#id())}/response`, { body, final: this.final });
      this.draftError = null;
      this.draftOutcome = this.t(this.final ? 'response.publishedNoticeFinal' : 'response.publishedNotice');
      void this.#loadDashboard();
      void this.#loadMailings();
      await this.#focusOn('#draft-outcome');
    } catch (error) {
      this.draftError = this.#draftProblem(asApiError(error));
      await focusErrorSummary(this);
    } finally {
      this.busy = false;
    }
  }
}

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
}

customElements.define('civic-console-petitions', ConsolePetitions);
