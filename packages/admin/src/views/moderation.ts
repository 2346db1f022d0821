import { type PropertyValues, type TemplateResult, css, html, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { LocaleController } from '@civic-widgets/elements';
import type { Thread } from '@civic-widgets/core';
import { ApiError, type FieldError, can } from '../api.js';
import type { ConsoleConfirm } from '../components/confirm-dialog.js';
import '../components/confirm-dialog.js';
import { errorSummary, fieldId, focusErrorSummary } from '../components/forms.js';
import { isolate } from '../components/text.js';
import { contentStyles } from '../content/content.styles.js';
import { firstText } from '../content/model.js';
import { type ModerationMessageKey, moderationMessages } from '../i18n/moderation.js';
import {
  type AdminComment,
  BLOCK_HOURS,
  type Block,
  type CommentPage,
  DECIDED_STATUS,
  DECISIONS,
  type Decision,
  type FocusTarget,
  POLL_MS,
  QUEUE_KINDS,
  type QueueKind,
  type QueuePage,
  STATUSES,
  type SameAuthorPage,
  type Sort,
  mergeQueue,
  shortcutFor,
  step,
} from '../moderation/model.js';
import { type Route, href } from '../router.js';
import { consoleStyles } from '../styles.js';
import { ConsoleView } from '../view.js';

type Page = { name: 'queue' } | { name: 'thread'; threadId: string | null } | { name: 'blocks' } | { name: 'unknown' };

function pageOf(route: Route): Page {
  const [, section, id, ...rest] = route.path;
  if (rest.length) return { name: 'unknown' };
  if (section === undefined) return { name: 'queue' };
  if (section === 'thread') return { name: 'thread', threadId: id ?? null };
  if (section === 'blocks' && id === undefined) return { name: 'blocks' };
  return { name: 'unknown' };
}

const PAGE_SIZE = 50;
const SHORTCUTS_KEY = 'civic-console-shortcuts';
const seg = (id: string) => encodeURIComponent(id);

interface Reasoned {
  reason: string;
  note: string;
}

/** The decision form open under one comment. */
interface DecisionForm extends Reasoned {
  id: string;
  action: Decision;
  error: ApiError | null;
}

/** "Other comments by this participant / from this network" under one comment. */
interface Related {
  id: string;
  by: 'participant' | 'network';
  page: SameAuthorPage | null;
  error: string | null;
}

interface BlockForm {
  id: string;
  kind: 'participant' | 'network';
  hours: number;
  reason: string;
  error: ApiError | null;
}

interface LiftForm extends Reasoned {
  id: number;
  error: ApiError | null;
}

/**
 * `<civic-console-moderation>` (administrators and moderators). `#/moderation`
 * is one queue across discussions: comments waiting for approval and reported
 * ones, with their reports; each is approved, hidden or removed with a
 * reason, one at a time or many at once, by mouse or keyboard shortcuts (that
 * can be turned off). New items arrive every 20 seconds while the page is
 * visible. `#/moderation/thread/<id>` searches every comment of a discussion
 * (spam nobody reported); `#/moderation/blocks` lists blocks and lifts them.
 * Under each comment: the participant's other comments, those from the same
 * network, and blocking either for a while.
 */
export class ConsoleModeration extends ConsoleView<ModerationMessageKey> {
  static override styles = [
    consoleStyles,
    contentStyles,
    css`
      .tabs ul {
        margin-block-end: 1.5rem;
      }
      .filters {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
        gap: 0 1.25rem;
        align-items: end;
      }
      .filters .field {
        margin-block-end: 1rem;
      }
      .filters button {
        margin-block-end: 1rem;
        justify-self: start;
      }
      .live {
        margin: 0;
        font-weight: 600;
      }
      .live.said {
        border-inline-start: 6px solid var(--_primary);
        background: var(--_subtle);
        padding: 0.5rem 1rem;
        margin: 0 0 1rem;
      }
      details.help {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: 0.5rem 1rem;
        margin: 0 0 1.5rem;
      }
      details.help summary {
        cursor: pointer;
        color: var(--_primary);
        font-weight: 600;
      }
      details.help dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.25rem 1rem;
      }
      details.help dt {
        display: flex;
        align-items: center;
        gap: 0.35rem;
      }
      details.help dd {
        margin: 0;
      }
      kbd {
        display: inline-block;
        min-inline-size: 1.6em;
        padding: 0 0.35em;
        border: 1px solid var(--_border);
        border-block-end-width: 2px;
        border-radius: 0.25rem;
        font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
        text-align: center;
      }
      .bulk {
        border: 2px solid var(--_border);
        border-radius: var(--_radius);
        padding: 0.75rem 1rem;
        margin: 0 0 1.5rem;
      }
      .bulk-head {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1.5rem;
      }
      .bulk-head p {
        margin: 0;
      }
      .choices {
        display: flex;
        flex-wrap: wrap;
        gap: 0 1.5rem;
      }
      ol.queue {
        list-style: none;
        margin: 0 0 1.5rem;
        padding: 0;
      }
      ol.queue > li {
        margin: 0 0 1rem;
      }
      article.item {
        border: 1px solid var(--_border);
        border-inline-start: 6px solid var(--_border);
        border-radius: var(--_radius);
        padding: 0.75rem 1rem;
      }
      article.item.current {
        border-inline-start-color: var(--_primary);
      }
      article.item:focus {
        outline: 3px solid var(--_focus);
        outline-offset: 2px;
      }
      article.item.reported {
        border-inline-start-style: double;
      }
      .item-head {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 0.25rem 1rem;
      }
      .item-head h3 {
        margin: 0;
        font-size: 1.05rem;
        overflow-wrap: anywhere;
      }
      .item-head .choice {
        min-block-size: auto;
      }
      .meta {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1rem;
        margin: 0.25rem 0 0.5rem;
        color: var(--_muted);
      }
      .meta a {
        overflow-wrap: anywhere;
      }
      .user-text {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        margin: 0.5rem 0;
        padding: 0.5rem 0.75rem;
        background: var(--_subtle);
        border-radius: var(--_radius);
      }
      .reports {
        margin: 0.5rem 0;
      }
      .reports ul {
        margin: 0.25rem 0;
        padding-inline-start: 1.25rem;
      }
      .reports .note {
        overflow-wrap: anywhere;
      }
      .item-actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin-block-start: 0.75rem;
      }
      .item-actions button {
        min-block-size: 2.5rem;
        padding: 0.25rem 0.75rem;
      }
      .item-actions button.link {
        min-block-size: 2.75rem;
        padding: 0;
        text-align: start;
      }
      .item-actions kbd {
        font-size: 0.8rem;
        border-color: currentColor;
      }
      .panel {
        border-block-start: 1px solid var(--_border);
        margin-block-start: 0.75rem;
        padding-block-start: 0.75rem;
      }
      .panel h4 {
        margin: 0 0 0.5rem;
      }
      .panel ul.compact {
        list-style: none;
        padding: 0;
        margin: 0 0 0.5rem;
      }
      .panel ul.compact li {
        border-inline-start: 3px solid var(--_border);
        padding-inline-start: 0.75rem;
        margin-block-end: 0.5rem;
      }
      .panel ul.compact p {
        margin: 0;
      }
      .tag.pending {
        color: var(--_primary);
      }
      .tag.published {
        color: var(--_success);
      }
      .tag.hidden,
      .tag.removed {
        color: var(--_error);
      }
      .tag.lifted,
      .tag.ended {
        color: var(--_muted);
      }
      .tag.active {
        color: var(--_error);
      }
      td {
        overflow-wrap: anywhere;
      }
      .row-form td {
        background: var(--_subtle);
        padding: 1rem;
      }
      @media (forced-colors: active) {
        article.item.current {
          border-inline-start-color: Highlight;
        }
      }
    `,
  ];
  protected readonly locale = new LocaleController<ModerationMessageKey>(this, moderationMessages);
  @query('civic-console-confirm') private confirmDialog!: ConsoleConfirm;

  @state() private page: Page = { name: 'unknown' };
  @state() private threads: Thread[] | null = null;
  @state() private items: AdminComment[] | null = null;
  @state() private cursor: string | null = null;
  @state() private counts: QueuePage['counts'] | null = null;
  @state() private loadError: ApiError | null = null;
  @state() private loadingMore = false;
  /** What the live region says (polite): new items, outcomes. */
  @state() private status = '';
  @state() private selected = new Set<string>();
  /** The item the shortcuts act on. */
  @state() private current = -1;
  @state() private decision: DecisionForm | null = null;
  @state() private bulk: { action: Decision | null; error: ApiError | null } & Reasoned = {
    action: null,
    reason: '',
    note: '',
    error: null,
  };
  @state() private related: Related | null = null;
  @state() private blockForm: BlockForm | null = null;
  @state() private shortcutsOn = true;
  @state() private blocks: Block[] | null = null;
  @state() private blocksMore = false;
  @state() private lift: LiftForm | null = null;
  @state() private busy = false;
  #pageKey = '';
  #loads = 0;
  #timer: number | undefined;
  #nextSince: string | null = null;
  /** Comments decided on this page, and when: a poll brings them back only if reported again since. */
  readonly #decided = new Map<string, number>();

  constructor() {
    super();
    this.addEventListener('keydown', this.#onKey);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.shortcutsOn = localStorage.getItem(SHORTCUTS_KEY) !== 'off';
    document.addEventListener('visibilitychange', this.#onVisibility);
  }

  override disconnectedCallback(): void {
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#stopPolling();
    super.disconnectedCallback();
  }

  private get canWrite(): boolean {
    return can(this.session?.staff.role, 'moderation');
  }

  #tr(key: string, params?: Record<string, string | number>): string {
    return this.t(key as ModerationMessageKey, params);
  }

  #query(name: string): string {
    return this.route.query.get(name)?.trim() ?? '';
  }

  #queueKind(): QueueKind {
    const kind = this.#query('kind');
    return (QUEUE_KINDS as readonly string[]).includes(kind) ? (kind as QueueKind) : 'all';
  }

  #sort(fallback: Sort): Sort {
    const sort = this.#query('sort');
    return sort === 'oldest' || sort === 'newest' ? sort : fallback;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The shell's properties may only arrive with the first update (when this module loaded late).
    if (!changed.has('route') || !this.route || !this.api) return;
    const page = pageOf(this.route);
    const key = JSON.stringify(page) + this.route.query.toString();
    if (key === this.#pageKey) return;
    this.#pageKey = key;
    this.page = page;
    this.#enter(page);
  }

  // ------------------------------------------------------------ loading

  #enter(page: Page): void {
    const token = ++this.#loads;
    this.#stopPolling();
    this.items = null;
    this.cursor = null;
    this.counts = null;
    this.loadError = null;
    this.status = '';
    this.selected = new Set();
    this.current = -1;
    this.decision = null;
    this.related = null;
    this.blockForm = null;
    this.blocks = null;
    this.lift = null;
    this.bulk = { action: null, reason: '', note: '', error: null };
    this.#nextSince = null;
    this.focusHeading();
    if (!this.threads)
      this.api.get<Thread[]>('/threads').then(
        (threads) => (this.threads = threads),
        () => (this.threads = []),
      );
    if (page.name === 'queue') void this.#loadQueue(token);
    if (page.name === 'thread' && page.threadId) void this.#loadThread(token);
    if (page.name === 'blocks') void this.#loadBlocks(token);
  }

  #current(token: number): boolean {
    return token === this.#loads;
  }

  #queueQuery(): Record<string, string | number | undefined> {
    const kind = this.#queueKind();
    return { kind, threadId: this.#query('thread') || undefined, limit: PAGE_SIZE };
  }

  async #loadQueue(token: number, cursor?: string): Promise<void> {
    try {
      const page = await this.api.get<QueuePage>('/moderation/queue', {
        ...this.#queueQuery(),
        sort: this.#sort('oldest'),
        cursor,
      });
      if (!this.#current(token)) return;
      this.items = cursor ? mergeQueue(this.items ?? [], page.items, 'oldest', this.#decided).items : page.items;
      this.cursor = page.nextCursor;
      this.counts = page.counts;
      this.#nextSince ??= page.nextSince;
      if (!cursor) this.#startPolling();
    } catch (error) {
      if (this.#current(token)) this.loadError = asApiError(error);
    }
  }

  async #loadThread(token: number, cursor?: string): Promise<void> {
    const page = this.page;
    if (page.name !== 'thread' || !page.threadId) return;
    try {
      const result = await this.api.get<CommentPage>(`/threads/${seg(page.threadId)}/comments`, {
        q: this.#query('q') || undefined,
        status: (STATUSES as readonly string[]).includes(this.#query('status')) ? this.#query('status') : undefined,
        sort: this.#sort('newest'),
        cursor,
        limit: PAGE_SIZE,
      });
      if (!this.#current(token)) return;
      this.items = cursor
        ? [...(this.items ?? []), ...result.items.filter((c) => !this.items?.some((d) => d.id === c.id))]
        : result.items;
      this.cursor = result.nextCursor;
    } catch (error) {
      if (this.#current(token)) this.loadError = asApiError(error);
    }
  }

  async #loadMore(): Promise<void> {
    if (!this.cursor || this.loadingMore) return;
    const first = this.items?.length ?? 0;
    this.loadingMore = true;
    const token = this.#loads;
    if (this.page.name === 'queue') await this.#loadQueue(token, this.cursor);
    else await this.#loadThread(token, this.cursor);
    this.loadingMore = false;
    if (!this.#current(token)) return;
    this.status = this.t('queue.shown', { count: this.items?.length ?? 0 });
    await this.#focusItem(first);
  }

  // ------------------------------------------------------------ polling

  #startPolling(): void {
    this.#stopPolling();
    if (this.page.name !== 'queue' || document.visibilityState !== 'visible') return;
    this.#timer = window.setInterval(() => void this.#poll(), POLL_MS);
  }

  #stopPolling(): void {
    if (this.#timer !== undefined) window.clearInterval(this.#timer);
    this.#timer = undefined;
  }

  /** Hidden: no polling. Visible again: ask at once, then every 20 seconds. */
  readonly #onVisibility = () => {
    if (document.visibilityState !== 'visible') return this.#stopPolling();
    if (this.page.name !== 'queue' || !this.items) return;
    void this.#poll();
    this.#startPolling();
  };

  /** What entered the queue since the last answer: added by id, announced without moving focus. */
  async #poll(): Promise<void> {
    const token = this.#loads;
    if (!this.#nextSince || !this.items) return;
    try {
      const page = await this.api.get<QueuePage>('/moderation/queue', {
        ...this.#queueQuery(),
        limit: 100,
        since: this.#nextSince,
      });
      if (!this.#current(token) || !this.items) return;
      this.#nextSince = page.nextSince;
      this.counts = page.counts;
      const { items, added } = mergeQueue(this.items, page.items, this.#sort('oldest'), this.#decided);
      if (this.current >= 0 && this.#sort('oldest') === 'newest') this.current += added.length;
      this.items = items;
      if (added.length)
        this.status = this.t('queue.new', {
          count: added.length,
          time: this.locale.i18n.date(new Date(), { timeStyle: 'short' }),
        });
    } catch {
      // The next poll tries again; the queue shown stays.
    }
  }

  // ------------------------------------------------------------ keyboard shortcuts

  #setShortcuts(on: boolean): void {
    this.shortcutsOn = on;
    localStorage.setItem(SHORTCUTS_KEY, on ? 'on' : 'off');
    this.status = this.t(on ? 'shortcuts.turnedOn' : 'shortcuts.turnedOff');
  }

  readonly #onKey = (event: KeyboardEvent) => {
    if (!this.shortcutsOn || event.defaultPrevented || !this.items?.length) return;
    if (this.page.name !== 'queue' && this.page.name !== 'thread') return;
    const element = event.composedPath()[0];
    const target: FocusTarget | null =
      element instanceof HTMLElement
        ? {
            tagName: element.tagName,
            type: (element as HTMLInputElement).type,
            isContentEditable: element.isContentEditable,
            isItem: element.classList.contains('item'),
            inDialog: event.composedPath().some((n) => n instanceof HTMLDialogElement),
          }
        : null;
    const shortcut = shortcutFor(event, target);
    if (!shortcut) return;
    event.preventDefault();
    const items = this.items;
    const inItem = event.composedPath().find((n) => n instanceof HTMLElement && n.classList.contains('item')) as
      HTMLElement | undefined;
    const here = inItem ? items.findIndex((c) => `item-${c.id}` === inItem.id) : this.current;
    if (shortcut === 'next' || shortcut === 'previous') {
      void this.#focusItem(step(here, items.length, shortcut));
      return;
    }
    const index = here >= 0 ? here : 0;
    const comment = items[index];
    if (!comment) return;
    this.current = index;
    if (shortcut === 'select') {
      if (this.page.name === 'queue') this.#toggle(comment.id, !this.selected.has(comment.id));
      return;
    }
    if (this.canWrite && this.#offers(comment, shortcut)) void this.#openDecision(comment, shortcut);
  };

  async #focusItem(index: number): Promise<void> {
    const items = this.items ?? [];
    if (index < 0 || !items.length) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#list-heading, h1')?.focus();
      return;
    }
    const at = Math.min(index, items.length - 1);
    this.current = at;
    await this.updateComplete;
    const item = this.renderRoot.querySelector<HTMLElement>(`#item-${items[at]!.id}`);
    item?.focus();
    item?.scrollIntoView({ block: 'nearest' });
  }

  // ------------------------------------------------------------ decisions

  /** Whether `action` changes anything for this comment. */
  #offers(c: AdminComment, action: Decision): boolean {
    if (action === 'approve') return c.status !== 'published' || c.reportCount > 0;
    return c.status !== DECIDED_STATUS[action];
  }

  async #openDecision(c: AdminComment, action: Decision): Promise<void> {
    this.decision = { id: c.id, action, reason: '', note: '', error: null };
    this.related = null;
    this.blockForm = null;
    this.status = this.t(`decide.opened.${action}`);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${fieldId(`decide-${c.id}-reason`)}`)?.focus();
  }

  async #closeDecision(c: AdminComment): Promise<void> {
    const action = this.decision?.action;
    this.decision = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${action ?? 'approve'}-${c.id}`)?.focus();
  }

  #reasonBody(value: Reasoned): { reason: string; note?: string } {
    return { reason: value.reason.trim(), ...(value.note.trim() ? { note: value.note.trim() } : {}) };
  }

  /** The server's refusal, its reason and note errors on this form's fields. */
  #reasonError(error: ApiError, prefix: string): ApiError {
    const fieldErrors: FieldError[] = error.fieldErrors.map((e) =>
      e.path === 'reason' || e.path === 'note' ? { path: `${prefix}-${e.path}`, message: this.t(`reason.server.${e.path}`) } : e,
    );
    return new ApiError(error.status, error.code, error.message, fieldErrors);
  }

  async #decide(event: SubmitEvent, c: AdminComment): Promise<void> {
    event.preventDefault();
    const form = this.decision;
    if (!form || this.busy) return;
    if (!form.reason.trim()) {
      this.decision = {
        ...form,
        error: new ApiError(422, 'invalid-input', '', [{ path: `decide-${c.id}-reason`, message: this.t('reason.required') }]),
      };
      await focusErrorSummary(this);
      return;
    }
    this.busy = true;
    try {
      const done = await this.api.post<{ id: string; status: AdminComment['status'] }>(
        `/comments/${seg(c.id)}/${form.action}`,
        this.#reasonBody(form),
      );
      this.#decided.set(c.id, Date.now());
      this.decision = null;
      this.status = this.t(`decided.${form.action}`, { name: this.#author(c) });
      this.#afterDecision([c.id], done.status);
    } catch (error) {
      this.decision = { ...form, error: this.#reasonError(asApiError(error), `decide-${c.id}`) };
      await focusErrorSummary(this);
    } finally {
      this.busy = false;
    }
  }

  /** In the queue, decided comments leave it (focus goes to the next); in a thread, they show their new status. */
  #afterDecision(ids: string[], status: AdminComment['status']): void {
    const items = this.items ?? [];
    const first = items.findIndex((c) => ids.includes(c.id));
    if (this.page.name === 'queue') {
      this.items = items.filter((c) => !ids.includes(c.id));
      this.selected = new Set([...this.selected].filter((id) => !ids.includes(id)));
      if (this.counts) void this.#refreshCounts();
      void this.#focusItem(first);
    } else {
      this.items = items.map((c) =>
        ids.includes(c.id)
          ? { ...c, status, ...(status === 'published' ? { reportCount: 0, reports: [], reasonCounts: [] } : {}) }
          : c,
      );
      void this.#focusItem(first);
    }
  }

  async #refreshCounts(): Promise<void> {
    try {
      const page = await this.api.get<QueuePage>('/moderation/queue', { ...this.#queueQuery(), limit: 1 });
      this.counts = page.counts;
    } catch {
      // The next poll brings them.
    }
  }

  // ------------------------------------------------------------ bulk

  #toggle(id: string, on: boolean): void {
    const next = new Set(this.selected);
    if (on) next.add(id);
    else next.delete(id);
    this.selected = next;
  }

  #toggleAll(on: boolean): void {
    this.selected = on ? new Set((this.items ?? []).map((c) => c.id)) : new Set();
    this.status = on ? this.t('bulk.allSelected', { count: this.selected.size }) : this.t('bulk.noneSelected');
  }

  async #bulkDecide(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const ids = [...this.selected];
    const { action } = this.bulk;
    const problems: FieldError[] = [];
    if (!action) problems.push({ path: 'bulk-action', message: this.t('bulk.actionRequired') });
    if (!this.bulk.reason.trim()) problems.push({ path: 'bulk-reason', message: this.t('reason.required') });
    if (problems.length || !action) {
      this.bulk = { ...this.bulk, error: new ApiError(422, 'invalid-input', '', problems) };
      await focusErrorSummary(this);
      return;
    }
    const ok = await this.#ask(
      this.t(`bulk.confirm.${action}`, { count: ids.length }),
      this.t(action === 'remove' ? 'bulk.confirmBodyRemove' : 'bulk.confirmBody', { count: ids.length }),
      this.t(`bulk.apply.${action}`, { count: ids.length }),
      action !== 'approve',
    );
    if (!ok) return;
    this.busy = true;
    try {
      const done = await this.api.post<{ items: { id: string; status: AdminComment['status'] }[] }>('/comments/moderate', {
        action,
        ids,
        ...this.#reasonBody(this.bulk),
      });
      const now = Date.now();
      for (const item of done.items) this.#decided.set(item.id, now);
      this.bulk = { action: null, reason: '', note: '', error: null };
      this.status = this.t(`bulk.done.${action}`, { count: done.items.length });
      this.#afterDecision(
        done.items.map((i) => i.id),
        DECIDED_STATUS[action],
      );
    } catch (error) {
      this.bulk = { ...this.bulk, error: this.#reasonError(asApiError(error), 'bulk') };
      await focusErrorSummary(this);
    } finally {
      this.busy = false;
    }
  }

  #question = { heading: '', body: '', confirm: '', warning: false };

  async #ask(heading: string, body: string, confirm: string, warning: boolean): Promise<boolean> {
    this.#question = { heading, body, confirm, warning };
    this.requestUpdate();
    await this.updateComplete;
    return this.confirmDialog.ask();
  }

  // ------------------------------------------------------------ same author, blocks

  async #showRelated(c: AdminComment, by: 'participant' | 'network', cursor?: string): Promise<void> {
    if (!cursor && this.related?.id === c.id && this.related.by === by) {
      this.related = null;
      return;
    }
    const previous = cursor && this.related?.page ? this.related.page.items : [];
    this.related = { id: c.id, by, page: cursor ? this.related!.page : null, error: null };
    this.decision = null;
    this.blockForm = null;
    try {
      const page = await this.api.get<SameAuthorPage>(`/comments/${seg(c.id)}/same-author`, { by, cursor, limit: 20 });
      if (this.related?.id !== c.id || this.related.by !== by) return;
      this.related = { ...this.related, page: { ...page, items: [...previous, ...page.items] } };
      await this.updateComplete;
      if (!cursor) this.renderRoot.querySelector<HTMLElement>(`#related-${c.id}`)?.focus();
    } catch (error) {
      if (this.related?.id === c.id) this.related = { ...this.related, error: asApiError(error).message };
    }
  }

  async #openBlock(c: AdminComment): Promise<void> {
    if (this.blockForm?.id === c.id) {
      this.blockForm = null;
      return;
    }
    this.blockForm = { id: c.id, kind: c.participantKnown ? 'participant' : 'network', hours: 24, reason: '', error: null };
    this.decision = null;
    this.related = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#block-${c.id}-legend`)?.focus();
  }

  async #block(event: SubmitEvent, c: AdminComment): Promise<void> {
    event.preventDefault();
    const form = this.blockForm;
    if (!form || this.busy) return;
    if (!form.reason.trim()) {
      this.blockForm = {
        ...form,
        error: new ApiError(422, 'invalid-input', '', [{ path: `block-${c.id}-reason`, message: this.t('reason.required') }]),
      };
      await focusErrorSummary(this);
      return;
    }
    this.busy = true;
    try {
      const block = await this.api.post<Block>('/blocks', {
        kind: form.kind,
        commentId: c.id,
        hours: form.hours,
        reason: form.reason.trim(),
      });
      this.blockForm = null;
      this.status = this.t(block.kind === 'participant' ? 'block.doneParticipant' : 'block.doneNetwork', {
        date: this.#date(block.until),
      });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#block-${c.id}`)?.focus();
    } catch (error) {
      const problem = asApiError(error);
      const message = problem.status === 409 ? this.t('block.already') : problem.message;
      this.blockForm = {
        ...form,
        error:
          problem.status === 409 || !problem.fieldErrors.length
            ? new ApiError(problem.status, problem.code, message)
            : this.#reasonError(problem, `block-${c.id}`),
      };
      await focusErrorSummary(this);
    } finally {
      this.busy = false;
    }
  }

  async #loadBlocks(token: number, before?: number): Promise<void> {
    try {
      const status = this.#query('status') === 'all' ? 'all' : 'active';
      const blocks = await this.api.get<Block[]>('/blocks', { status, before, limit: PAGE_SIZE + 1 });
      if (!this.#current(token)) return;
      this.blocksMore = blocks.length > PAGE_SIZE;
      this.blocks = [...(before ? (this.blocks ?? []) : []), ...blocks.slice(0, PAGE_SIZE)];
    } catch (error) {
      if (this.#current(token)) this.loadError = asApiError(error);
    }
  }

  async #lift(event: SubmitEvent, b: Block): Promise<void> {
    event.preventDefault();
    const form = this.lift;
    if (!form || this.busy) return;
    if (!form.reason.trim()) {
      this.lift = {
        ...form,
        error: new ApiError(422, 'invalid-input', '', [{ path: `lift-${b.id}-reason`, message: this.t('reason.required') }]),
      };
      await focusErrorSummary(this);
      return;
    }
    this.busy = true;
    try {
      const lifted = await this.api.post<Block>(`/blocks/${b.id}/lift`, this.#reasonBody(form));
      this.lift = null;
      this.blocks = (this.blocks ?? []).map((x) => (x.id === b.id ? lifted : x));
      this.status = this.t('blocks.lifted');
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#blocks-heading')?.focus();
    } catch (error) {
      const problem = asApiError(error);
      this.lift = {
        ...form,
        error:
          problem.status === 409
            ? new ApiError(409, problem.code, this.t('blocks.alreadyLifted'))
            : this.#reasonError(problem, `lift-${b.id}`),
      };
      await focusErrorSummary(this);
    } finally {
      this.busy = false;
    }
  }

  // ------------------------------------------------------------ words

  #date(iso: string): string {
    return this.locale.i18n.date(iso, { dateStyle: 'medium', timeStyle: 'short' });
  }

  /** The language a comment was written in, named in the console's language ("Welsh", "gallois"). */
  #languageName(tag: string): string {
    try {
      return new Intl.DisplayNames([this.locale.lang], { type: 'language' }).of(tag) ?? tag;
    } catch {
      return tag;
    }
  }

  #author(c: AdminComment): string {
    return c.authorName ? isolate(c.authorName) : this.t('item.anonymous');
  }

  /** Items joined as the console's language joins a list ("a, b and c"). */
  #list(items: string[]): string {
    try {
      return new Intl.ListFormat(this.locale.lang, { style: 'long', type: 'conjunction' }).format(items);
    } catch {
      return items.join(', ');
    }
  }

  #threadTitle(threadId: string): string {
    const thread = this.threads?.find((t) => t.id === threadId);
    return (thread?.title && firstText(thread.title)) || threadId;
  }

  // ------------------------------------------------------------ render

  override render(): TemplateResult {
    return html`<h1 tabindex="-1">${this.t('moderation.title')}</h1>
      ${this.#tabs()}
      <p role="status" class="live ${this.status ? 'said' : ''}" id="live">${this.status}</p>
      ${this.#page()}
      <datalist id="reason-suggestions">
        ${(['spam', 'abuse', 'offTopic', 'personalData', 'fine'] as const).map(
          (key) => html`<option value=${this.t(`reason.suggest.${key}`)}></option>`,
        )}
      </datalist>
      <civic-console-confirm
        heading=${this.#question.heading}
        confirm-label=${this.#question.confirm}
        cancel-label=${this.t('confirm.cancel')}
        ?warning=${this.#question.warning}
      >
        <p>${this.#question.body}</p>
      </civic-console-confirm>`;
  }

  #tabs(): TemplateResult {
    const current = this.page.name;
    const tabs: [Page['name'], string, ModerationMessageKey][] = [
      ['queue', href('moderation'), 'tabs.queue'],
      ['thread', href('moderation', 'thread'), 'tabs.thread'],
      ['blocks', href('moderation', 'blocks'), 'tabs.blocks'],
    ];
    return html`<nav class="kinds tabs" aria-label=${this.t('tabs.label')}>
      <ul>
        ${tabs.map(
          ([name, link, key]) =>
            html`<li><a href=${link} aria-current=${name === current ? 'page' : nothing}>${this.t(key)}</a></li>`,
        )}
      </ul>
    </nav>`;
  }

  #page(): TemplateResult {
    switch (this.page.name) {
      case 'unknown':
        return html`<p>${this.t('moderation.notFound')}</p>`;
      case 'queue':
        return this.#queuePage();
      case 'thread':
        return this.#threadPage(this.page.threadId);
      case 'blocks':
        return this.#blocksPage();
    }
  }

  #failure(error: ApiError): TemplateResult {
    return html`<div class="error-summary" role="alert">
      <p>${error.status === 404 ? this.t('moderation.missing') : this.t('moderation.loadError', { detail: error.message })}</p>
      ${
        error.status === 404
          ? nothing
          : html`<button type="button" class="secondary" @click=${() => this.#enter(this.page)}>
              ${this.t('moderation.retry')}
            </button>`
      }
    </div>`;
  }

  // ------------------------------------------------------------ queue

  #queuePage(): TemplateResult {
    const kind = this.#queueKind();
    const thread = this.#query('thread');
    const sort = this.#sort('oldest');
    return html`<p>${this.t('queue.intro')}</p>
      ${
        this.counts
          ? html`<dl class="summary-list" id="counts">
              <dt>${this.t('queue.countPending')}</dt>
              <dd>${this.locale.i18n.number(this.counts.pending)}</dd>
              <dt>${this.t('queue.countReported')}</dt>
              <dd>${this.locale.i18n.number(this.counts.reported)}</dd>
            </dl>`
          : nothing
      }
      <form class="filters" novalidate @submit=${this.#applyFilters}>
        <div class="field">
          <label for="filter-kind">${this.t('filter.kind')}</label>
          <select id="filter-kind" name="kind">
            ${QUEUE_KINDS.map((k) => html`<option value=${k} ?selected=${k === kind}>${this.t(`filter.kind.${k}`)}</option>`)}
          </select>
        </div>
        ${this.#threadSelect('filter-thread', 'thread', thread, this.t('filter.anyThread'))}
        <div class="field">
          <label for="filter-sort">${this.t('filter.sort')}</label>
          <select id="filter-sort" name="sort">
            ${(['oldest', 'newest'] as const).map(
              (s) => html`<option value=${s} ?selected=${s === sort}>${this.t(`filter.sort.${s}`)}</option>`,
            )}
          </select>
        </div>
        <button type="submit" class="secondary">${this.t('filter.apply')}</button>
      </form>
      ${this.#help()}
      <h2 id="list-heading" tabindex="-1">${this.t('queue.listTitle')}</h2>
      ${this.#listBody(true)}`;
  }

  #threadSelect(id: string, name: string, value: string, any: string): TemplateResult {
    const threads = this.threads ?? [];
    const known = !value || threads.some((t) => t.id === value);
    return html`<div class="field">
      <label for=${id}>${this.t('filter.thread')}</label>
      <select id=${id} name=${name}>
        <option value="" ?selected=${!value}>${any}</option>
        ${threads.map((t) => html`<option value=${t.id} ?selected=${t.id === value}>${(t.title && firstText(t.title)) || t.id}</option>`)}
        ${known ? nothing : html`<option value=${value} selected>${value}</option>`}
      </select>
    </div>`;
  }

  #applyFilters(event: SubmitEvent): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const params = new URLSearchParams();
    const kind = String(form.get('kind') ?? 'all');
    const thread = String(form.get('thread') ?? '');
    const sort = String(form.get('sort') ?? 'oldest');
    if (kind !== 'all') params.set('kind', kind);
    if (thread) params.set('thread', thread);
    if (sort !== 'oldest') params.set('sort', sort);
    const text = params.toString();
    const hash = text ? `#/moderation?${text}` : '#/moderation';
    if (location.hash === hash) this.#enter(this.page);
    else location.hash = hash;
  }

  #help(): TemplateResult {
    const keys: [string[], ModerationMessageKey][] = [
      [['J', '↓'], 'shortcuts.next'],
      [['K', '↑'], 'shortcuts.previous'],
      [['A'], 'shortcuts.approve'],
      [['H'], 'shortcuts.hide'],
      [['R'], 'shortcuts.remove'],
      [['X'], 'shortcuts.select'],
      [['Esc'], 'shortcuts.cancel'],
    ];
    return html`<details class="help" id="shortcuts-help">
      <summary>${this.t(this.shortcutsOn ? 'shortcuts.summaryOn' : 'shortcuts.summaryOff')}</summary>
      <p>${this.t('shortcuts.intro')}</p>
      <dl>
        ${keys.map(
          ([list, key]) =>
            html`<dt>
                ${list.map((k, i) => html`${i ? html`<span>${this.t('shortcuts.or')}</span>` : nothing}<kbd>${k}</kbd>`)}
              </dt>
              <dd>${this.t(key)}</dd>`,
        )}
      </dl>
      <div class="choice">
        <input
          type="checkbox"
          id="shortcuts-on"
          .checked=${live(this.shortcutsOn)}
          @change=${(e: Event) => this.#setShortcuts((e.target as HTMLInputElement).checked)}
        />
        <label for="shortcuts-on">${this.t('shortcuts.toggle')}</label>
      </div>
    </details>`;
  }

  #listBody(queue: boolean): TemplateResult {
    if (this.loadError) return this.#failure(this.loadError);
    const items = this.items;
    if (!items) return html`<p>${this.t('moderation.loading')}</p>`;
    if (!items.length) return html`<p>${this.t(queue ? 'queue.empty' : 'thread.empty')}</p>`;
    return html`${queue && this.canWrite ? this.#bulkForm(items) : nothing}
      <ol class="queue">
        ${repeat(
          items,
          (c) => c.id,
          (c, i) => html`<li>${this.#item(c, i, items.length, queue)}</li>`,
        )}
      </ol>
      ${
        this.cursor
          ? html`<button type="button" class="secondary" id="load-more" @click=${() => void this.#loadMore()}>
              ${this.t(this.loadingMore ? 'queue.loadingMore' : 'queue.loadMore')}
            </button>`
          : nothing
      }`;
  }

  #bulkForm(items: AdminComment[]): TemplateResult {
    const count = this.selected.size;
    const all = count > 0 && items.every((c) => this.selected.has(c.id));
    const b = this.bulk;
    const error = b.error;
    const errorAt = (path: string) => error?.fieldErrors.find((e) => e.path === path)?.message;
    return html`<form class="bulk" novalidate @submit=${this.#bulkDecide}>
      <div class="bulk-head">
        <div class="choice">
          <input
            type="checkbox"
            id="select-all"
            .checked=${live(all)}
            .indeterminate=${count > 0 && !all}
            @change=${(e: Event) => this.#toggleAll((e.target as HTMLInputElement).checked)}
          />
          <label for="select-all">${this.t('bulk.selectAll', { count: items.length })}</label>
        </div>
        <p id="selected-count">${this.t('bulk.selected', { count })}</p>
      </div>
      ${
        count
          ? html`${errorSummary(this.t('reason.errorTitle'), error, this.t('reason.errorTitle'))}
              <fieldset class="field ${errorAt('bulk-action') ? 'invalid' : ''}" id=${fieldId('bulk-action')} tabindex="-1">
                <legend>${this.t('bulk.action', { count })}</legend>
                ${errorAt('bulk-action') ? html`<span class="error">${errorAt('bulk-action')}</span>` : nothing}
                <div class="choices">
                  ${DECISIONS.map(
                    (action) =>
                      html`<div class="choice">
                        <input
                          type="radio"
                          name="bulk-action"
                          id="bulk-${action}"
                          .checked=${live(b.action === action)}
                          @change=${() => (this.bulk = { ...this.bulk, action })}
                        />
                        <label for="bulk-${action}">${this.t(`action.${action}`)}</label>
                      </div>`,
                  )}
                </div>
              </fieldset>
              ${this.#reasonFields('bulk', b, (patch) => (this.bulk = { ...this.bulk, ...patch }), error)}
              <div class="actions">
                <button type="submit" id="bulk-apply" class=${b.action && b.action !== 'approve' ? 'warning' : ''}>
                  ${this.t(b.action ? `bulk.apply.${b.action}` : 'bulk.applyAny', { count })}
                </button>
              </div>`
          : nothing
      }
    </form>`;
  }

  /** The reason (required, with suggestions) and the note (optional); `prefix` keeps ids apart. */
  #reasonFields(
    prefix: string,
    value: Reasoned,
    set: (patch: Partial<Reasoned>) => void,
    error: ApiError | null,
    suggest = true,
  ): TemplateResult {
    const reasonId = fieldId(`${prefix}-reason`);
    const noteId = fieldId(`${prefix}-note`);
    const reasonError = error?.fieldErrors.find((e) => e.path === `${prefix}-reason`)?.message;
    const noteError = error?.fieldErrors.find((e) => e.path === `${prefix}-note`)?.message;
    return html`<div class="field ${reasonError ? 'invalid' : ''}">
        <label for=${reasonId}>${this.t('reason.label')}</label>
        <span class="hint" id="${reasonId}-hint">${this.t(suggest ? 'reason.hint' : 'block.reasonHint')}</span>
        ${reasonError ? html`<span class="error" id="${reasonId}-error">${reasonError}</span>` : nothing}
        <input
          id=${reasonId}
          type="text"
          list=${suggest ? 'reason-suggestions' : nothing}
          maxlength="500"
          autocomplete="off"
          dir="auto"
          aria-describedby="${reasonId}-hint${reasonError ? ` ${reasonId}-error` : ''}"
          aria-invalid=${reasonError ? 'true' : nothing}
          .value=${live(value.reason)}
          @input=${(e: Event) => set({ reason: (e.target as HTMLInputElement).value })}
        />
      </div>
      <div class="field ${noteError ? 'invalid' : ''}">
        <label for=${noteId}>${this.t('reason.note')}</label>
        <span class="hint" id="${noteId}-hint">${this.t('reason.noteHint')}</span>
        ${noteError ? html`<span class="error" id="${noteId}-error">${noteError}</span>` : nothing}
        <textarea
          id=${noteId}
          rows="2"
          maxlength="2000"
          dir="auto"
          aria-describedby="${noteId}-hint${noteError ? ` ${noteId}-error` : ''}"
          .value=${live(value.note)}
          @input=${(e: Event) => set({ note: (e.target as HTMLTextAreaElement).value })}
        ></textarea>
      </div>`;
  }

  // ------------------------------------------------------------ one comment

  #item(c: AdminComment, index: number, total: number, queue: boolean): TemplateResult {
    const id = `item-${c.id}`;
    const author = c.authorName ? html`<bdi>${c.authorName}</bdi>` : this.t('item.anonymous');
    const shortcuts = this.shortcutsOn;
    const keyOf: Record<Decision, string> = { approve: 'A', hide: 'H', remove: 'R' };
    return html`<article
      class="item ${index === this.current ? 'current' : ''} ${c.reportCount ? 'reported' : ''}"
      id=${id}
      tabindex="-1"
      aria-labelledby="${id}-who"
      aria-describedby="${id}-position"
      @focus=${() => (this.current = index)}
    >
      <div class="item-head">
        ${
          queue && this.canWrite
            ? html`<div class="choice">
                <input
                  type="checkbox"
                  id="select-${c.id}"
                  .checked=${live(this.selected.has(c.id))}
                  @change=${(e: Event) => this.#toggle(c.id, (e.target as HTMLInputElement).checked)}
                />
                <label for="select-${c.id}"
                  >${this.t('item.select')}<span class="visually-hidden"
                    >: ${this.t('item.by', { name: this.#author(c) })}</span
                  ></label
                >
              </div>`
            : nothing
        }
        <h3 id="${id}-who">${author}</h3>
        <span class="visually-hidden" id="${id}-position">${this.t('item.position', { n: index + 1, total })}</span>
      </div>
      <p class="meta">
        <span
          >${this.t('item.in')}
          <a href=${href('moderation', 'thread', c.threadId)}><bdi>${this.#threadTitle(c.threadId)}</bdi></a></span
        >
        <time datetime=${c.createdAt}>${this.#date(c.createdAt)}</time>
        <span class="tag ${c.status}">${this.#tr(`status.${c.status}`)}</span>
        ${c.parentId ? html`<span>${this.t('item.reply')}</span>` : nothing}
        ${c.lang ? html`<span>${this.#languageName(c.lang)}</span>` : nothing}
      </p>
      <p class="user-text" dir="auto" lang=${c.lang ?? nothing}>${c.body}</p>
      ${c.reportCount ? this.#reports(c) : nothing}
      ${
        this.canWrite
          ? html`<div class="item-actions">
              ${DECISIONS.filter((action) => this.#offers(c, action)).map(
                (action) =>
                  html`<button
                    type="button"
                    class=${action === 'approve' ? 'secondary' : 'secondary'}
                    id="${action}-${c.id}"
                    aria-keyshortcuts=${shortcuts ? keyOf[action] : nothing}
                    aria-expanded=${this.decision?.id === c.id && this.decision.action === action ? 'true' : 'false'}
                    @click=${() => void this.#openDecision(c, action)}
                  >
                    ${this.t(`action.${action}`)}<span class="visually-hidden"
                      >: ${this.t('item.by', { name: this.#author(c) })}</span
                    >
                    ${shortcuts ? html`<kbd aria-hidden="true">${keyOf[action]}</kbd>` : nothing}
                  </button>`,
              )}
            </div>`
          : nothing
      }
      <div class="item-actions">
        ${
          c.participantKnown
            ? html`<button
                type="button"
                class="link"
                aria-expanded=${this.related?.id === c.id && this.related.by === 'participant' ? 'true' : 'false'}
                @click=${() => void this.#showRelated(c, 'participant')}
              >
                ${this.t('related.participant')}
              </button>`
            : nothing
        }
        ${
          c.networkKnown
            ? html`<button
                type="button"
                class="link"
                aria-expanded=${this.related?.id === c.id && this.related.by === 'network' ? 'true' : 'false'}
                @click=${() => void this.#showRelated(c, 'network')}
              >
                ${this.t('related.network')}
              </button>`
            : nothing
        }
        ${
          this.canWrite && (c.participantKnown || c.networkKnown)
            ? html`<button
                type="button"
                class="link"
                id="block-${c.id}"
                aria-expanded=${this.blockForm?.id === c.id ? 'true' : 'false'}
                @click=${() => void this.#openBlock(c)}
              >
                ${this.t('block.open')}
              </button>`
            : nothing
        }
      </div>
      ${this.decision?.id === c.id ? this.#decisionForm(c, this.decision) : nothing}
      ${this.related?.id === c.id ? this.#relatedPanel(c, this.related) : nothing}
      ${this.blockForm?.id === c.id ? this.#blockPanel(c, this.blockForm) : nothing}
    </article>`;
  }

  #reports(c: AdminComment): TemplateResult {
    return html`<div class="reports">
      <p>
        <strong>${this.t('reports.count', { count: c.reportCount })}</strong>
        ${this.#list(c.reasonCounts.map((r) => this.t('reports.reason', { reason: this.#tr(`reason.${r.reason}`), count: r.count })))}
      </p>
      ${
        c.reports.some((r) => r.note)
          ? html`<ul>
              ${c.reports
                .filter((r) => r.note)
                .map(
                  (r) =>
                    html`<li>
                      ${this.#tr(`reason.${r.reason}`)} (<time datetime=${r.at}>${this.#date(r.at)}</time>):
                      <bdi class="note">${r.note}</bdi>
                    </li>`,
                )}
            </ul>`
          : nothing
      }
    </div>`;
  }

  #decisionForm(c: AdminComment, form: DecisionForm): TemplateResult {
    const prefix = `decide-${c.id}`;
    return html`<form
      class="panel"
      novalidate
      @submit=${(e: SubmitEvent) => void this.#decide(e, c)}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          void this.#closeDecision(c);
        }
      }}
    >
      <fieldset>
        <legend>${this.t(`decide.legend.${form.action}`, { name: this.#author(c) })}</legend>
        ${errorSummary(this.t('reason.errorTitle'), form.error, this.t('reason.errorTitle'))}
        ${this.#reasonFields(prefix, form, (patch) => (this.decision = { ...form, ...patch }), form.error)}
        <div class="actions">
          <button type="submit" id="decide-${c.id}" class=${form.action === 'approve' ? '' : 'warning'}>
            ${this.t(`decide.submit.${form.action}`)}
          </button>
          <button type="button" class="secondary" @click=${() => void this.#closeDecision(c)}>${this.t('confirm.cancel')}</button>
        </div>
      </fieldset>
    </form>`;
  }

  #relatedPanel(c: AdminComment, related: Related): TemplateResult {
    const page = related.page;
    return html`<section class="panel" aria-labelledby="related-${c.id}">
      <h4 id="related-${c.id}" tabindex="-1">
        ${this.t(related.by === 'participant' ? 'related.titleParticipant' : 'related.titleNetwork')}
      </h4>
      ${
        related.error
          ? html`<p class="warning-text">${this.t('moderation.loadError', { detail: related.error })}</p>`
          : !page
            ? html`<p>${this.t('moderation.loading')}</p>`
            : !page.known
              ? html`<p>${this.t('related.unknown')}</p>`
              : !page.items.length
                ? html`<p>${this.t('related.none')}</p>`
                : html`<ul class="compact">
                    ${page.items.map(
                      (o) =>
                        html`<li>
                          <p class="meta">
                            <span>${o.authorName ? html`<bdi>${o.authorName}</bdi>` : this.t('item.anonymous')}</span>
                            <time datetime=${o.createdAt}>${this.#date(o.createdAt)}</time>
                            <span class="tag ${o.status}">${this.#tr(`status.${o.status}`)}</span>
                          </p>
                          <p class="user-text" dir="auto" lang=${o.lang ?? nothing}>${o.body}</p>
                        </li>`,
                    )}
                  </ul>`
      }
      ${
        page?.nextCursor
          ? html`<button type="button" class="secondary" @click=${() => void this.#showRelated(c, related.by, page.nextCursor!)}>
              ${this.t('related.more')}
            </button>`
          : nothing
      }
    </section>`;
  }

  #blockPanel(c: AdminComment, form: BlockForm): TemplateResult {
    const prefix = `block-${c.id}`;
    const reasonId = fieldId(`${prefix}-reason`);
    const reasonError = form.error?.fieldErrors.find((e) => e.path === `${prefix}-reason`)?.message;
    const hoursLabel = (hours: number) => this.#tr(`block.hours.${hours}`);
    return html`<form class="panel" novalidate @submit=${(e: SubmitEvent) => void this.#block(e, c)}>
      <fieldset>
        <legend id="${prefix}-legend" tabindex="-1">${this.t('block.legend')}</legend>
        <p class="hint">${this.t('block.intro')}</p>
        ${errorSummary(this.t('reason.errorTitle'), form.error, this.t('reason.errorTitle'))}
        <fieldset class="field">
          <legend>${this.t('block.who')}</legend>
          ${(['participant', 'network'] as const)
            .filter((kind) => (kind === 'participant' ? c.participantKnown : c.networkKnown))
            .map(
              (kind) =>
                html`<div class="choice">
                    <input
                      type="radio"
                      name="${prefix}-kind"
                      id="${prefix}-${kind}"
                      aria-describedby="${prefix}-${kind}-hint"
                      .checked=${live(form.kind === kind)}
                      @change=${() => (this.blockForm = { ...form, kind })}
                    />
                    <label for="${prefix}-${kind}">${this.t(`block.${kind}`)}</label>
                  </div>
                  <span class="hint" id="${prefix}-${kind}-hint">${this.t(`block.${kind}Hint`)}</span>`,
            )}
        </fieldset>
        <div class="field">
          <label for="${prefix}-hours">${this.t('block.for')}</label>
          <select
            id="${prefix}-hours"
            @change=${(e: Event) => (this.blockForm = { ...form, hours: Number((e.target as HTMLSelectElement).value) })}
          >
            ${BLOCK_HOURS.map((h) => html`<option value=${h} ?selected=${h === form.hours}>${hoursLabel(h)}</option>`)}
          </select>
        </div>
        <div class="field ${reasonError ? 'invalid' : ''}">
          <label for=${reasonId}>${this.t('reason.label')}</label>
          <span class="hint" id="${reasonId}-hint">${this.t('block.reasonHint')}</span>
          ${reasonError ? html`<span class="error" id="${reasonId}-error">${reasonError}</span>` : nothing}
          <input
            id=${reasonId}
            type="text"
            maxlength="500"
            autocomplete="off"
            dir="auto"
            aria-describedby="${reasonId}-hint${reasonError ? ` ${reasonId}-error` : ''}"
            aria-invalid=${reasonError ? 'true' : nothing}
            .value=${live(form.reason)}
            @input=${(e: Event) => (this.blockForm = { ...form, reason: (e.target as HTMLInputElement).value })}
          />
        </div>
        <div class="actions">
          <button type="submit" class="warning" id="${prefix}-submit">${this.t('block.submit')}</button>
          <button type="button" class="secondary" @click=${() => void this.#openBlock(c)}>${this.t('confirm.cancel')}</button>
        </div>
      </fieldset>
    </form>`;
  }

  // ------------------------------------------------------------ a thread's comments

  #threadPage(threadId: string | null): TemplateResult {
    const q = this.#query('q');
    const status = this.#query('status');
    const sort = this.#sort('newest');
    return html`<p>${this.t('thread.intro')}</p>
      <form class="filters" role="search" novalidate @submit=${this.#search}>
        ${this.#threadSelect('search-thread', 'thread', threadId ?? '', this.t('thread.choose'))}
        <div class="field">
          <label for="search-q">${this.t('thread.q')}</label>
          <input id="search-q" name="q" type="search" autocomplete="off" dir="auto" maxlength="200" .value=${live(q)} />
        </div>
        <div class="field">
          <label for="search-status">${this.t('thread.status')}</label>
          <select id="search-status" name="status">
            <option value="" ?selected=${!status}>${this.t('thread.anyStatus')}</option>
            ${STATUSES.map((s) => html`<option value=${s} ?selected=${s === status}>${this.#tr(`status.${s}`)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="search-sort">${this.t('filter.sort')}</label>
          <select id="search-sort" name="sort">
            ${(['newest', 'oldest'] as const).map(
              (s) => html`<option value=${s} ?selected=${s === sort}>${this.t(`filter.sort.${s}`)}</option>`,
            )}
          </select>
        </div>
        <button type="submit" class="secondary">${this.t('thread.submit')}</button>
      </form>
      ${this.#help()}
      ${
        threadId
          ? html`<h2 id="list-heading" tabindex="-1">
                ${this.t(q ? 'thread.resultsFor' : 'thread.results', { thread: isolate(this.#threadTitle(threadId)), q: isolate(q) })}
              </h2>
              ${this.#listBody(false)}`
          : html`<p>${this.t('thread.pick')}</p>`
      }`;
  }

  #search(event: SubmitEvent): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const thread = String(form.get('thread') ?? '');
    const params = new URLSearchParams();
    for (const name of ['q', 'status', 'sort'] as const) {
      const value = String(form.get(name) ?? '').trim();
      if (value && !(name === 'sort' && value === 'newest')) params.set(name, value);
    }
    const text = params.toString();
    const hash = `${thread ? href('moderation', 'thread', thread) : href('moderation', 'thread')}${text ? `?${text}` : ''}`;
    if (location.hash === hash) this.#enter(this.page);
    else location.hash = hash;
  }

  // ------------------------------------------------------------ blocks

  #blocksPage(): TemplateResult {
    const all = this.#query('status') === 'all';
    return html`<p>${this.t('blocks.intro')}</p>
      <nav class="contents" aria-label=${this.t('blocks.show')}>
        <p>
          ${
            all
              ? html`<a href=${href('moderation', 'blocks')}>${this.t('blocks.showActive')}</a>`
              : html`<a href="${href('moderation', 'blocks')}?status=all">${this.t('blocks.showAll')}</a>`
          }
        </p>
      </nav>
      <h2 id="blocks-heading" tabindex="-1">${this.t(all ? 'blocks.titleAll' : 'blocks.titleActive')}</h2>
      ${this.#blocksBody()}`;
  }

  #blocksBody(): TemplateResult {
    if (this.loadError) return this.#failure(this.loadError);
    const blocks = this.blocks;
    if (!blocks) return html`<p>${this.t('moderation.loading')}</p>`;
    if (!blocks.length) return html`<p>${this.t('blocks.none')}</p>`;
    return html`<div class="table-wrap">
        <table>
          <caption class="visually-hidden">
            ${this.t('blocks.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${this.t('blocks.col.who')}</th>
              <th scope="col">${this.t('blocks.col.reason')}</th>
              <th scope="col">${this.t('blocks.col.from')}</th>
              <th scope="col">${this.t('blocks.col.by')}</th>
              <th scope="col">${this.t('blocks.col.until')}</th>
              <th scope="col">${this.t('blocks.col.status')}</th>
              ${this.canWrite ? html`<th scope="col"><span class="visually-hidden">${this.t('blocks.col.action')}</span></th>` : nothing}
            </tr>
          </thead>
          <tbody>
            ${blocks.map((b) => this.#blockRow(b))}
          </tbody>
        </table>
      </div>
      ${
        this.blocksMore
          ? html`<button
              type="button"
              class="secondary"
              @click=${() => void this.#loadBlocks(this.#loads, this.blocks?.at(-1)?.id)}
            >
              ${this.t('blocks.older')}
            </button>`
          : nothing
      }`;
  }

  #blockRow(b: Block): TemplateResult {
    const state = b.active ? 'active' : b.liftedAt ? 'lifted' : 'ended';
    const form = this.lift?.id === b.id ? this.lift : null;
    return html`<tr>
        <td>${this.t(b.kind === 'participant' ? 'blocks.participant' : 'blocks.network')}</td>
        <td><bdi>${b.reason}</bdi></td>
        <td>
          ${
            b.threadId
              ? html`<a href=${href('moderation', 'thread', b.threadId)}
                  >${this.t('blocks.comment', { thread: isolate(this.#threadTitle(b.threadId)) })}</a
                >`
              : this.t('blocks.abuseWatch')
          }
        </td>
        <td><bdi>${b.createdBy ?? this.t('blocks.unknown')}</bdi><br /><span class="muted">${this.#date(b.createdAt)}</span></td>
        <td>${this.#date(b.until)}</td>
        <td>
          <span class="tag ${state}">${this.t(`blocks.state.${state}`)}</span>
          ${
            b.liftedAt
              ? html`<br /><span class="muted"
                    >${this.t('blocks.liftedBy', { date: this.#date(b.liftedAt), who: isolate(b.liftedBy ?? this.t('blocks.unknown')) })}</span
                  >`
              : nothing
          }
        </td>
        ${
          this.canWrite
            ? html`<td>
                ${
                  b.active
                    ? html`<button
                        type="button"
                        class="secondary"
                        id="lift-${b.id}"
                        aria-expanded=${form ? 'true' : 'false'}
                        @click=${() => void this.#openLift(b)}
                      >
                        ${this.t('blocks.lift')}<span class="visually-hidden">: ${b.reason}</span>
                      </button>`
                    : nothing
                }
              </td>`
            : nothing
        }
      </tr>
      ${
        form
          ? html`<tr class="row-form">
              <td colspan="7">
                <form novalidate @submit=${(e: SubmitEvent) => void this.#lift(e, b)}>
                  <fieldset>
                    <legend>${this.t('blocks.liftLegend')}</legend>
                    ${errorSummary(this.t('reason.errorTitle'), form.error, this.t('reason.errorTitle'))}
                    ${this.#reasonFields(`lift-${b.id}`, form, (patch) => (this.lift = { ...form, ...patch }), form.error, false)}
                    <div class="actions">
                      <button type="submit">${this.t('blocks.liftSubmit')}</button>
                      <button type="button" class="secondary" @click=${() => void this.#openLift(b)}>
                        ${this.t('confirm.cancel')}
                      </button>
                    </div>
                  </fieldset>
                </form>
              </td>
            </tr>`
          : nothing
      }`;
  }

  async #openLift(b: Block): Promise<void> {
    const closing = this.lift?.id === b.id;
    this.lift = closing ? null : { id: b.id, reason: '', note: '', error: null };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(closing ? `#lift-${b.id}` : `#${fieldId(`lift-${b.id}-reason`)}`)?.focus();
  }
}

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
}

customElements.define('civic-console-moderation', ConsoleModeration);
