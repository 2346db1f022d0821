import {
  type Adapter,
  CivicError,
  type Comment,
  type CommentSort,
  type LiveEvent,
  type Thread,
  countCharacters,
} from '@civic-widgets/core';
import { html, nothing, type TemplateResult } from 'lit';
import { CivicElement } from '../base/civic-element.js';
import { darkStyles } from '../styles/dark.styles.js';
import { isolate, userText } from '../base/user-text.js';
import type { Popover } from '../base/popover.js';
import { characterCount, honeypot, textField } from '../base/text-field.js';
import { commentsStyles } from './comments.styles.js';
import type * as ReportMenuModule from './report-menu.js';
import type * as ReplyMailModule from './reply-mail/field.js';
import type { ReportMessageKey } from './report-messages.js';
import { commentsMessages } from './messages.js';
import type { CommentsMessageKey } from './messages/en.js';
import { relativeTime } from '../i18n/relative-time.js';
import { type Listing, type Replies, type ThreadState, countComment, insertComment, updateComment } from './thread-state.js';

type ReportMenu = typeof ReportMenuModule;
type ReplyMail = typeof ReplyMailModule;

interface Draft {
  name: string;
  body: string;
  /** For e-mails about replies, where the thread offers them. */
  email: string;
  website: string;
  error: string;
  emailError: string;
  submitting: boolean;
}

const ROOT = 'root';
const emptyDraft = (): Draft => ({ name: '', body: '', email: '', website: '', error: '', emailError: '', submitting: false });

/**
 * A moderated discussion thread: read, sort, post, reply, support and report.
 *
 * @summary A moderated discussion thread.
 * @tag civic-comments
 *
 * @attr thread-id - The thread to show (required).
 * @attr endpoint - API base URL; uses the REST adapter.
 * @attr lang - Language (BCP 47); otherwise inherited from the page.
 * @attr heading-level - Level of the thread heading for the page outline (default 2).
 * @attr page-size - Comments loaded at a time (default 20).
 *
 * @event civic-load - The thread is shown after loading; once per load, not for live updates. `detail: { id }`
 * @event civic-comment - The backend accepted a comment or reply. `detail: { threadId, comment }`
 * @event civic-error - Something failed. `detail: { error, retryable }`
 *
 * @csspart base - The widget's box.
 * @csspart title - The thread heading.
 * @csspart summary - The number of comments.
 * @csspart notice - Closed thread, posted and pending messages.
 * @csspart form - A comment or reply form.
 * @csspart field - A labelled field of a form.
 * @csspart submit - A form's submit button.
 * @csspart sort - The sort selector.
 * @csspart new-comments - The "N new comments — show" button.
 * @csspart list - The list of comments.
 * @csspart comment - One comment.
 * @csspart author - A comment's author.
 * @csspart body - A comment's text.
 * @csspart upvote - The support toggle.
 * @csspart reply - The reply button.
 * @csspart report - The report button.
 * @csspart menu - The report reasons menu.
 * @csspart replies - The nested replies.
 * @csspart toggle-replies - The show/hide replies button.
 * @csspart more - The "Show more comments" button.
 * @csspart status - The visually hidden live region.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error box.
 * @csspart retry - The retry button.
 *
 * @cssprop --civic-comments-title-size - Size of the thread heading (default 1.25em).
 * @cssprop --civic-comments-indent - Indent of nested replies (default 1rem).
 */
export class CivicComments extends CivicElement<CommentsMessageKey> {
  static override styles = [...CivicElement.styles, darkStyles, commentsStyles];
  static override messages = commentsMessages;
  static override properties = {
    threadId: { attribute: 'thread-id', reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    pageSize: { attribute: 'page-size', type: Number },
    sort: { state: true },
    replies: { state: true },
    expanded: { state: true },
    drafts: { state: true },
    replyingTo: { state: true },
    menuFor: { state: true },
    notices: { state: true },
    offered: { state: true },
    loadingMore: { state: true },
  };

  threadId = '';
  headingLevel = 2;
  pageSize = 20;

  private sort: CommentSort = 'newest';
  private replies = new Map<string, Replies>();
  private expanded = new Set<string>();
  private drafts = new Map<string, Draft>();
  private replyingTo: string | null = null;
  private menuFor: string | null = null;
  /** Messages under the form (`root`) or a comment; an error is shown as one. */
  private notices = new Map<string, [text: string, error?: boolean]>();
  /** Top-level comments others posted since the list was shown, offered rather than inserted. */
  private offered = new Set<string>();
  private loadingMore = false;

  #seen = new Set<string>();
  #popover: Popover | null = null;
  #menu: ReportMenu | null = null;
  #replyMail: ReplyMail | null = null;
  #replyMailLang = '';
  #countTimer: ReturnType<typeof setTimeout> | undefined;

  readonly #data = this.loadResource(
    () => this.threadId,
    async (adapter, id, signal, sort: CommentSort) => {
      const [thread, page] = await Promise.all([
        adapter.getThread(id, { signal }),
        adapter.listComments(id, { sort, limit: this.#limit() }, { signal }),
      ]);
      return { thread, items: page.items, nextCursor: page.nextCursor };
    },
    (listing) => this.#shown(listing),
    () => this.sort,
  );

  /** The thread and comments as last loaded (for tests and integrations). */
  get listing(): Listing | undefined {
    return this.#data.value;
  }

  constructor() {
    super();
    this.liveUpdates(
      this.#data,
      () => (this.threadId ? `thread:${this.threadId}` : null),
      (event) => this.#onLive(event),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#popover?.close(false);
    clearTimeout(this.#countTimer);
  }

  #limit(): number {
    return Math.min(100, Math.max(1, Math.round(this.pageSize) || 20));
  }

  #level(offset = 0): number {
    return this.headingAt(this.headingLevel, offset);
  }

  // ------------------------------------------------------------- rendering

  override render(): TemplateResult {
    const { i18n } = this.locale;
    return this.renderResource(this.#data, i18n.t('comments.loading'), (listing) => this.#renderThread(listing));
  }

  #renderThread({ thread, items, nextCursor }: Listing): TemplateResult {
    const { i18n } = this.locale;
    const open = thread.status === 'open';
    return html`<section part="comments" aria-labelledby="title">
      <div id="title" part="title" class="title" role="heading" aria-level=${this.#level()}>
        ${thread.title ? userText(thread.title, this.locale.lang) : i18n.t('comments.count', { count: thread.commentCount })}
      </div>
      ${thread.title ? html`<p part="summary" class="summary">${i18n.t('comments.count', { count: thread.commentCount })}</p>` : nothing}
      ${open ? nothing : html`<p part="notice" class="notice">${i18n.t('comments.closed')}</p>`} ${this.#renderNotice(ROOT)}
      ${open ? this.#renderForm(thread, null) : nothing}
      <div class="toolbar">
        <label for="sort">${i18n.t('comments.sort')}</label>
        <select
          id="sort"
          part="sort"
          @change=${(e: Event) => this.#setSort((e.target as HTMLSelectElement).value as CommentSort)}
        >
          ${(['newest', 'oldest', 'top'] as const).map(
            (s) => html`<option value=${s} ?selected=${this.sort === s}>${i18n.t(`comments.sort.${s}`)}</option>`,
          )}
        </select>
        ${
          this.offered.size
            ? html`<button part="new-comments" class="secondary" type="button" @click=${() => this.#showNew()}>
                ${i18n.t('comments.new', { count: this.offered.size })}
              </button>`
            : nothing
        }
      </div>
      ${items.length === 0 ? html`<p class="summary">${i18n.t('comments.empty')}</p>` : nothing}
      <ul part="list" class="list">
        ${items.map((c) => html`<li>${this.#renderComment(thread, c)}</li>`)}
      </ul>
      ${
        nextCursor
          ? html`<button
              part="more"
              class="secondary"
              type="button"
              ?disabled=${this.loadingMore}
              @click=${() => this.#loadMore()}
            >
              ${i18n.t('comments.more')}
            </button>`
          : nothing
      }
    </section>`;
  }

  #renderComment(thread: Thread, c: Comment): TemplateResult {
    const { i18n } = this.locale;
    const open = thread.status === 'open';
    const name = c.authorName ?? i18n.t('common.anonymous');
    const replies = this.replies.get(c.id);
    const expanded = this.expanded.has(c.id);
    const published = c.status === 'published';
    const own = c.mine && !!this.backend?.deleteComment;
    return html`<article part="comment" id="c-${c.id}" tabindex="-1" aria-labelledby="a-${c.id}">
      <p class="meta">
        <span part="author" class="author" id="a-${c.id}">${userText(name, this.locale.lang)}</span>
        · <time datetime=${c.createdAt}>${relativeTime(i18n, c.createdAt)}</time>
        <span class="visually-hidden">(${i18n.date(c.createdAt)})</span>
        ${c.status === 'pending' ? html`<span class="badge">${i18n.t('comments.pending')}</span>` : nothing}
      </p>
      <div part="body" class="body">${userText(c.lang ? { [c.lang]: c.body } : c.body, this.locale.lang, true)}</div>
      ${
        published
          ? html`<div class="actions">
              <button
                part="upvote"
                class="link-button"
                type="button"
                aria-pressed=${c.upvotedByMe ? 'true' : 'false'}
                aria-label=${i18n.t('comments.upvote-label', { count: c.score })}
                ?disabled=${!open}
                @click=${() => this.#toggleUpvote(c)}
              >
                ${i18n.t('comments.upvote')} (${i18n.number(c.score)})
              </button>
              ${
                open && c.depth < thread.maxDepth
                  ? html`<button
                      part="reply"
                      class="link-button"
                      type="button"
                      id="reply-${c.id}"
                      aria-expanded=${this.replyingTo === c.id ? 'true' : 'false'}
                      @click=${() => this.#openReply(c.id)}
                    >
                      ${i18n.t('comments.reply')}
                    </button>`
                  : nothing
              }
              ${
                // One's own comment is deleted rather than reported (where the backend can).
                open || own
                  ? html`<button
                      part=${own ? 'delete' : 'report'}
                      class="link-button"
                      type="button"
                      id="report-${c.id}"
                      aria-haspopup="menu"
                      aria-expanded=${this.menuFor === c.id ? 'true' : 'false'}
                      @click=${() => void this.#toggleMenu(c.id)}
                    >
                      ${i18n.t(own ? 'comments.delete' : 'comments.report')}
                    </button>`
                  : nothing
              }
              ${this.menuFor === c.id && this.#menu ? this.#renderMenu(c, this.#menu) : nothing}
            </div>`
          : nothing
      }
      ${this.#renderNotice(c.id)} ${this.replyingTo === c.id ? this.#renderForm(thread, c) : nothing}
      ${
        c.replyCount > 0
          ? html`<button
              part="toggle-replies"
              class="link-button"
              type="button"
              aria-expanded=${expanded ? 'true' : 'false'}
              aria-controls="r-${c.id}"
              @click=${() => void this.#toggleReplies(c.id)}
            >
              ${i18n.t(expanded ? 'comments.replies-hide' : 'comments.replies-show', { count: c.replyCount })}
            </button>`
          : nothing
      }
      ${
        expanded && replies
          ? html`<ul part="replies" class="replies" id="r-${c.id}">
              ${replies.items.map((r) => html`<li>${this.#renderComment(thread, r)}</li>`)}
            </ul>`
          : nothing
      }
    </article>`;
  }

  #renderMenu(c: Comment, menu: ReportMenu): TemplateResult {
    const { i18n } = this.locale;
    return c.mine
      ? menu.renderDeleteMenu(
          i18n,
          c.id,
          () =>
            void this.#fromMenu(
              c,
              menu,
              async (adapter) => {
                await adapter.deleteComment?.(this.threadId, c.id);
                // It stays in place, emptied, with the notice.
                this.#updateComment(c.id, (x) => ({ ...x, status: 'removed', body: '', authorName: null }));
              },
              'comments.deleted',
            ),
          () => this.#popover?.close(true),
        )
      : menu.renderReportMenu(
          i18n,
          c.id,
          (reason) =>
            void this.#fromMenu(
              c,
              menu,
              (adapter) => adapter.reportComment(this.threadId, c.id, { reason }),
              'comments.reported',
            ),
        );
  }

  /** The same notice for a comment and a reply (an error looks like one); focusable, as it may replace a form. */
  #renderNotice(key: string): unknown {
    const [text, error] = this.notices.get(key) ?? [];
    return text
      ? html`<p part="notice" class=${error ? 'error' : 'notice'} tabindex="-1" id="${key}-notice">${text}</p>`
      : nothing;
  }

  #renderForm(thread: Thread, parent: Comment | null): TemplateResult {
    const { i18n } = this.locale;
    const key = parent?.id ?? ROOT;
    const draft = this.drafts.get(key) ?? emptyDraft();
    const id = (field: string) => `${field}-${key}`;
    return html`<form
      part="form"
      novalidate
      aria-labelledby=${id('form-title')}
      @submit=${(e: Event) => void this.#post(e, thread, parent)}
    >
      <p class="form-title" id=${id('form-title')}>
        ${parent ? i18n.t('comments.form.reply-title', { name: isolate(parent.authorName ?? i18n.t('common.anonymous')) }) : i18n.t('comments.form.title')}
      </p>
      ${textField(i18n, {
        id: id('name'),
        label: `${i18n.t('comments.form.name')} ${i18n.t('common.optional')}`,
        hint: i18n.t('comments.form.name-hint'),
        value: draft.name,
        autocomplete: 'name',
        onInput: (name) => this.#setDraft(key, { name }),
      })}
      ${textField(i18n, {
        id: id('body'),
        label: i18n.t(parent ? 'comments.form.reply-body' : 'comments.form.body'),
        value: draft.body,
        multiline: true,
        required: true,
        max: thread.maxLength,
        error: draft.error,
        onInput: (body) => {
          this.#setDraft(key, { body, error: '' });
          this.#announceCount(thread.maxLength - countCharacters(body));
        },
      })}
      ${
        thread.replyMail && this.#replyMail?.hasReplyWords(i18n)
          ? this.#replyMail.emailField(i18n, {
              id: id('email'),
              value: draft.email,
              error: draft.emailError,
              onInput: (email) => this.#setDraft(key, { email, emailError: '' }),
            })
          : thread.replyMail && this.#loadReplyMail()
      }
      ${honeypot(id('website'), i18n.t('common.honeypot'), draft.website, (website) => this.#setDraft(key, { website }))}
      <div class="form-actions">
        <button part="submit" class="primary" type="submit" aria-disabled=${draft.submitting ? 'true' : 'false'}>
          ${
            draft.submitting
              ? i18n.t('comments.form.submitting')
              : i18n.t(parent ? 'comments.form.submit-reply' : 'comments.form.submit')
          }
        </button>
        ${
          parent
            ? html`<button class="secondary" type="button" @click=${() => this.#closeReply(parent.id)}>
                ${i18n.t('comments.form.cancel')}
              </button>`
            : nothing
        }
      </div>
    </form>`;
  }

  // --------------------------------------------------------------- actions

  #setDraft(key: string, patch: Partial<Draft>): void {
    const next = new Map(this.drafts);
    next.set(key, { ...(this.drafts.get(key) ?? emptyDraft()), ...patch });
    this.drafts = next;
  }

  #setNotice(key: string, message: string, error?: boolean): void {
    this.notices = new Map(this.notices).set(key, [message, error]);
  }

  /** The count is announced once typing pauses, not on every key. */
  #announceCount(left: number): void {
    clearTimeout(this.#countTimer);
    this.#countTimer = setTimeout(() => this.announce(characterCount(this.locale.i18n, left)), 1000);
  }

  #setSort(sort: CommentSort): void {
    this.sort = sort;
    this.replies = new Map();
    this.expanded = new Set();
  }

  async #loadMore(): Promise<void> {
    const listing = this.#data.value;
    const adapter = this.backend;
    if (!listing?.nextCursor || !adapter) return;
    this.loadingMore = true;
    try {
      const page = await adapter.listComments(this.threadId, {
        sort: this.sort,
        limit: this.#limit(),
        cursor: listing.nextCursor,
      });
      const fresh = page.items.filter((c) => !this.#seen.has(c.id));
      fresh.forEach((c) => this.#seen.add(c.id));
      this.#data.set({ ...listing, items: [...listing.items, ...fresh], nextCursor: page.nextCursor });
      // Keep the reader's place: focus the first comment that was added.
      if (fresh[0]) await this.focusRendered(`#c-${fresh[0].id}`);
    } catch (error) {
      this.#setNotice(ROOT, this.errorMessage(error), true);
      this.emitError(error);
    } finally {
      this.loadingMore = false;
    }
  }

  async #showNew(): Promise<void> {
    const before = this.#data.value;
    await this.#data.reload();
    const after = this.#data.value;
    // A refresh is no new load (no `onComplete`): what it shows is seen now.
    if (after !== before) this.#shown(after);
    // The first comment the reader has not seen yet; never an older one.
    const items = after?.items ?? [];
    const target = items.find((c) => !before?.items.some((b) => b.id === c.id)) ?? items[0];
    if (target) await this.focusRendered(`#c-${target.id}`);
  }

  async #toggleReplies(parentId: string): Promise<void> {
    const expanded = new Set(this.expanded);
    if (expanded.has(parentId)) {
      expanded.delete(parentId);
      this.expanded = expanded;
      return;
    }
    expanded.add(parentId);
    this.expanded = expanded;
    await this.#loadReplies(parentId);
  }

  async #loadReplies(parentId: string): Promise<void> {
    const adapter = this.backend;
    if (!adapter) return;
    try {
      const page = await adapter.listComments(this.threadId, { parentId, sort: 'oldest', limit: 100 });
      page.items.forEach((c) => this.#seen.add(c.id));
      const next = new Map(this.replies);
      next.set(parentId, { items: page.items, nextCursor: page.nextCursor });
      this.replies = next;
    } catch (error) {
      this.#setNotice(parentId, this.errorMessage(error), true);
      this.emitError(error);
    }
  }

  #openReply(commentId: string): Promise<void> {
    this.replyingTo = commentId;
    // The form's first field: its order is the one the citizen tabs through.
    return this.focusRendered(`#name-${commentId}`);
  }

  #closeReply(commentId: string): Promise<void> {
    this.replyingTo = null;
    return this.focusRendered(`#reply-${commentId}`);
  }

  async #post(event: Event, thread: Thread, parent: Comment | null): Promise<void> {
    event.preventDefault();
    const { i18n } = this.locale;
    const key = parent?.id ?? ROOT;
    const draft = this.drafts.get(key) ?? emptyDraft();
    if (draft.submitting || !this.backend) return;
    const length = countCharacters(draft.body);
    const error =
      length === 0
        ? i18n.t('comments.form.required')
        : length > thread.maxLength
          ? i18n.t('comments.form.too-long', { max: thread.maxLength })
          : '';
    const email = draft.email.trim();
    const emailError = this.#replyMail?.checkEmail(i18n, email) ?? '';
    if (error || emailError) {
      this.#setDraft(key, { error, emailError });
      return this.focusRendered(`#${error ? 'body' : 'email'}-${key}`);
    }
    this.#setDraft(key, { error: '' });
    await this.act(
      (adapter) =>
        adapter.postComment(this.threadId, {
          body: draft.body,
          authorName: draft.name.trim() || null,
          parentId: parent?.id ?? null,
          lang: this.locale.lang,
          ...(email ? { replyEmail: email, sourceUrl: location.href } : {}),
          ...(draft.website ? { website: draft.website } : {}),
        }),
      (comment) => {
        // Heard on the live stream before this answer: a reply is counted already; a comment is no longer "new".
        const counted = comment.parentId !== null && this.#seen.has(comment.id);
        this.#seen.add(comment.id);
        if (this.offered.has(comment.id)) {
          this.offered = new Set(this.offered);
          this.offered.delete(comment.id);
        }
        this.drafts = new Map([...this.drafts].filter(([k]) => k !== key));
        this.#change((state) => insertComment(state, comment, this.sort, counted));
        const message = `${i18n.t(comment.status === 'pending' ? 'comments.posted-pending' : 'comments.posted')}${email ? ` ${this.#replyMail!.sayReply(i18n, 'comments.posted-email')}` : ''}`;
        this.announce(message);
        this.emit('civic-comment', { threadId: this.threadId, comment });
        if (parent) this.replyingTo = null;
        this.#setNotice(parent ? parent.id : ROOT, message);
        return this.focusRendered(`#c-${comment.id}`);
      },
      (failure, message) => {
        const fieldError = (path: string) =>
          failure instanceof CivicError && failure.code === 'invalid-input'
            ? failure.fieldErrors.find((f) => f.path === path)?.message
            : undefined;
        // The server's words for the address are English: the widget has its own.
        this.#setDraft(
          key,
          fieldError('replyEmail')
            ? { emailError: this.#replyMail!.sayReply(i18n, 'comments.form.email-error') }
            : { error: fieldError('body') ?? message },
        );
      },
      (submitting) => this.#setDraft(key, { submitting }),
    );
  }

  #updateComment(id: string, change: (c: Comment) => Comment): void {
    this.#change((state) => updateComment(state, id, change));
  }

  /** Applies a change of `thread-state.ts` to what is shown. */
  #change(change: (state: ThreadState) => ThreadState): void {
    const listing = this.#data.value;
    if (!listing) return;
    const next = change({ listing, replies: this.replies, expanded: this.expanded });
    this.#data.set(next.listing);
    this.replies = next.replies as Map<string, Replies>;
    this.expanded = next.expanded as Set<string>;
  }

  async #toggleUpvote(c: Comment): Promise<void> {
    const adapter = this.backend;
    if (!adapter) return;
    try {
      const score = await adapter.setUpvote(this.threadId, c.id, !c.upvotedByMe);
      this.#updateComment(c.id, (x) => ({ ...x, score: score.score, upvotedByMe: score.upvotedByMe }));
    } catch (error) {
      this.#setNotice(c.id, this.errorMessage(error), true);
      this.emitError(error);
    }
  }

  /** Loads the address field for e-mails about replies, with its words (once a language), then renders again. */
  #loadReplyMail(): typeof nothing {
    const { i18n } = this.locale;
    if (this.#replyMailLang !== i18n.lang) {
      this.#replyMailLang = i18n.lang;
      void import('./reply-mail/field.js')
        .then((m) => (this.#replyMail = m).loadReplyWords(i18n))
        .then(() => this.requestUpdate());
    }
    return nothing;
  }

  async #toggleMenu(commentId: string): Promise<void> {
    if (this.menuFor === commentId) {
      this.#popover?.close(true);
      return;
    }
    this.#popover?.close(false);
    // The menu and its positioning load the first time a citizen reports.
    this.#menu ??= await import('./report-menu.js');
    await this.#menu.loadWords(this.locale.i18n);
    this.#menu.styleMenu(this.renderRoot as ShadowRoot);
    this.menuFor = commentId;
    await this.updateComplete;
    const anchor = this.renderRoot.querySelector<HTMLElement>(`#report-${commentId}`);
    const panel = this.renderRoot.querySelector<HTMLElement>(`#menu-${commentId}`);
    if (!anchor || !panel || this.menuFor !== commentId) return;
    this.#popover = this.#menu.openMenu(anchor, panel, () => {
      this.menuFor = null;
      this.#popover = null;
    });
  }

  /**
   * Reports or deletes a comment from its menu (loaded: its words come with
   * it), then says how it went beside the comment.
   */
  async #fromMenu(
    c: Comment,
    menu: ReportMenu,
    act: (adapter: Adapter) => Promise<unknown>,
    done: ReportMessageKey,
  ): Promise<void> {
    const { i18n } = this.locale;
    this.#popover?.close(true);
    const adapter = this.backend;
    if (!adapter) return;
    let message = menu.say(i18n, done);
    let failed = false;
    try {
      await act(adapter);
    } catch (error) {
      failed = !(error instanceof CivicError && error.code === 'already-done');
      message = failed ? this.errorMessage(error) : menu.say(i18n, 'comments.already-reported');
      this.emitError(error);
    }
    this.#setNotice(c.id, message, failed);
    this.announce(message);
  }

  // ---------------------------------------------------------- live updates

  /** The comments on screen are seen: live events about them announce nothing new. */
  #shown(listing: Listing | undefined): void {
    listing?.items.forEach((c) => this.#seen.add(c.id));
    this.offered = new Set();
  }

  #onLive(event: LiveEvent): void {
    if (event.type !== 'thread.comment' || event.threadId !== this.threadId || this.#seen.has(event.commentId)) return;
    if (event.parentId === null) {
      // Never shift the list under the reader: offer the new comments instead.
      this.offered = new Set(this.offered).add(event.commentId);
      return;
    }
    this.#seen.add(event.commentId);
    if (this.expanded.has(event.parentId)) void this.#loadReplies(event.parentId);
    this.#change((state) => countComment(state, event.parentId));
  }
}
