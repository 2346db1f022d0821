import { CivicError, type LiveEvent, type PollView, canSeeResults, phaseOf } from '@civic-widgets/core';
import { html, nothing, type TemplateResult } from 'lit';
import { CivicElement } from '../base/civic-element.js';
import { darkStyles } from '../styles/dark.styles.js';
import { userText } from '../base/user-text.js';
import { choice } from '../base/choice-field.js';
import { choiceStyles } from '../styles/choice.styles.js';
import { resultsStyles } from '../styles/results.styles.js';
import { pollMessages } from './messages.js';
import type { PollMessageKey } from './messages/en.js';
import { pollStyles } from './poll.styles.js';
import { relativeTime } from '../i18n/relative-time.js';
import { renderEligibility } from '../verified/eligibility.js';

/**
 * A single- or multiple-choice poll: vote, then see the results as bars with
 * counts and percentages in text.
 *
 * @summary Vote in a poll and see the results.
 * @tag civic-poll
 *
 * @attr poll-id - The poll to show (required).
 * @attr endpoint - API base URL; uses the REST adapter.
 * @attr lang - Language (BCP 47); otherwise inherited from the page.
 * @attr heading-level - Level of the question heading for the page outline (default 2).
 *
 * @event civic-load - The poll is shown after loading; once per load, not for live updates. `detail: { id }`
 * @event civic-vote - The backend accepted a vote. `detail: { pollId, choices, view }`
 * @event civic-error - Something failed. `detail: { error, retryable }`
 *
 * @csspart base - The widget's box.
 * @csspart question - The question heading.
 * @csspart description - The optional description.
 * @csspart timing - Opening or closing time.
 * @csspart form - The voting form.
 * @csspart hint - How many options to choose.
 * @csspart option - One option (label with its radio or checkbox).
 * @csspart submit - The vote button.
 * @csspart reason - Why the vote button is not available yet.
 * @csspart form-error - A failed vote, explained.
 * @csspart notice - Confirmation, "already voted", "closed" and "not open yet" messages.
 * @csspart change - The "Change your vote" button.
 * @csspart results - The results.
 * @csspart result - One option's result.
 * @csspart bar - The filled part of a result bar.
 * @csspart total - The number of participants.
 * @csspart status - The visually hidden live region.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error box.
 * @csspart retry - The retry button.
 *
 * @cssprop --civic-poll-question-size - Size of the question (default 1.25em).
 * @cssprop --civic-bar-color - Result bars (default: primary colour).
 * @cssprop --civic-bar-color-mine - The bar of the participant's own choice (default: success colour).
 */
export class CivicPoll extends CivicElement<PollMessageKey> {
  static override styles = [...CivicElement.styles, darkStyles, choiceStyles, resultsStyles, pollStyles];
  static override messages = pollMessages;
  static override properties = {
    pollId: { attribute: 'poll-id', reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    selected: { state: true },
    changing: { state: true },
    formError: { state: true },
    notice: { state: true },
  };

  pollId = '';
  headingLevel = 2;

  private selected = new Set<string>();
  private changing = false;
  private formError = '';
  private notice = '';

  readonly #data = this.loadResource(
    () => this.pollId,
    (adapter, id, signal) => adapter.getPoll(id, { signal }),
  );

  /** The poll as last loaded (for tests and integrations). */
  get view(): PollView | undefined {
    return this.#data.value;
  }

  constructor() {
    super();
    this.liveUpdates(
      this.#data,
      () => (this.pollId ? `poll:${this.pollId}` : null),
      (event) => this.#onLive(event),
    );
  }

  #lastReload = 0;

  #onLive(event: LiveEvent): void {
    const view = this.#data.value;
    if (event.type !== 'poll.results' || event.pollId !== this.pollId || !view) return;
    if (event.results && view.results) {
      // Update in place: no focus change, no announcement for others' votes.
      this.#data.set({ ...view, results: event.results });
    } else if (canSeeResults(view.poll, view.myVote !== null) && Date.now() - this.#lastReload > 2000) {
      this.#lastReload = Date.now();
      void this.#data.reload();
    }
  }

  override render(): TemplateResult {
    const { i18n } = this.locale;
    return this.renderResource(this.#data, i18n.t('poll.loading'), (view) => this.#renderPoll(view));
  }

  #renderPoll(view: PollView): TemplateResult {
    const { poll } = view;
    const phase = phaseOf(poll);
    const voted = view.myVote !== null;
    const showForm = phase === 'open' && (!voted || this.changing);
    return html`<section part="poll" aria-labelledby="question">
      <div id="question" part="question" class="question" role="heading" aria-level=${this.#level()}>
        ${userText(poll.question, this.locale.lang)}
      </div>
      ${poll.description ? html`<p part="description" class="description">${userText(poll.description, this.locale.lang)}</p>` : nothing}
      ${this.#renderTiming(view)}
      ${showForm ? html`${this.#renderForm(view)}${view.results ? this.#renderResults(view) : nothing}` : this.#renderOutcome(view, phase)}
    </section>`;
  }

  #level(offset = 0): number {
    return this.headingAt(this.headingLevel, offset);
  }

  #renderTiming({ poll }: PollView): TemplateResult | typeof nothing {
    const { i18n } = this.locale;
    const phase = phaseOf(poll);
    const time = (iso: string, key: PollMessageKey) =>
      html`<p part="timing" class="timing">${i18n.t(key, { relative: relativeTime(i18n, iso), date: i18n.date(iso) })}</p>`;
    if (phase === 'upcoming' && poll.opensAt) return time(poll.opensAt, 'poll.opens');
    if (phase === 'open' && poll.closesAt) return time(poll.closesAt, 'poll.closes');
    return nothing;
  }

  #renderForm({ poll, myVote }: PollView): TemplateResult {
    const { i18n } = this.locale;
    const multiple = poll.mode === 'multiple';
    const count = this.selected.size;
    const full = multiple && count >= poll.maxChoices;
    const valid = count >= 1 && count <= poll.maxChoices;
    const hint = full
      ? i18n.t('poll.max-reached', { count: poll.maxChoices })
      : multiple
        ? i18n.t('poll.hint-multiple', { count: poll.maxChoices })
        : i18n.t('poll.hint-single');
    return html`${renderEligibility(i18n, poll.eligibility, () => this.requestUpdate())}
      <form part="form" novalidate @submit=${(e: Event) => this.#submit(e)}>
        <fieldset aria-labelledby="question" aria-describedby="hint">
          <p id="hint" part="hint" class="hint">${hint}</p>
          <div class="options">
            ${poll.options.map((option) => {
              const checked = this.selected.has(option.id);
              return choice({
                type: multiple ? 'checkbox' : 'radio',
                name: 'choice',
                value: option.id,
                checked,
                disabled: this.submitting || (full && !checked),
                class: 'option',
                label: userText(option.label, this.locale.lang),
                onChange: (on) => this.#toggle(option.id, on, multiple),
              });
            })}
          </div>
        </fieldset>
        ${this.formError ? html`<p part="form-error" class="form-error" role="alert">${this.formError}</p>` : nothing}
        <div class="actions">
          <button
            part="submit"
            class="primary"
            type="submit"
            aria-disabled=${valid && !this.submitting ? 'false' : 'true'}
            aria-describedby=${valid ? nothing : 'reason'}
          >
            ${this.submitting ? i18n.t('poll.submitting') : i18n.t('poll.vote')}
          </button>
          ${
            this.changing && myVote
              ? html`<button class="secondary" type="button" @click=${() => this.#stopChanging()}>
                  ${i18n.t('poll.keep-vote')}
                </button>`
              : nothing
          }
        </div>
        ${valid ? nothing : html`<p id="reason" part="reason" class="reason">${i18n.t('poll.need-choice')}</p>`}
      </form>`;
  }

  #renderOutcome(view: PollView, phase: ReturnType<typeof phaseOf>): TemplateResult {
    const { i18n } = this.locale;
    const { poll } = view;
    let message = this.notice;
    if (!message) {
      if (phase === 'closed') {
        const ended = poll.closesAt && Date.parse(poll.closesAt) <= Date.now();
        message = ended && poll.closesAt ? i18n.t('poll.closed-on', { date: i18n.date(poll.closesAt) }) : i18n.t('poll.closed');
      } else if (view.myVote) message = i18n.t('poll.you-voted');
    }
    return html`${message ? html`<p part="notice" class="notice" tabindex="-1">${message}</p>` : nothing}
    ${
      phase === 'upcoming'
        ? html`<ul class="preview">
            ${poll.options.map((o) => html`<li>${userText(o.label, this.locale.lang)}</li>`)}
          </ul>`
        : this.#renderResults(view)
    }
    ${
      phase === 'open' && view.myVote && poll.allowChange
        ? html`<button part="change" class="secondary" type="button" @click=${() => this.#startChanging(view)}>
            ${i18n.t('poll.change-vote')}
          </button>`
        : nothing
    }`;
  }

  #renderResults({ poll, results, myVote }: PollView): TemplateResult {
    const { i18n } = this.locale;
    if (!results) {
      const key: PollMessageKey =
        poll.resultsVisibility === 'never'
          ? 'poll.results-never'
          : poll.resultsVisibility === 'after-close'
            ? 'poll.results-after-close'
            : 'poll.results-after-vote';
      return html`<p part="results" class="results">${i18n.t(key)}</p>`;
    }
    const total = results.totalParticipants;
    return html`<div part="results" class="results">
      <div id="results-title" class="results-title" role="heading" aria-level=${this.#level(1)}>${i18n.t('poll.results')}</div>
      <ul aria-labelledby="results-title">
        ${poll.options.map((option) => {
          const count = results.counts.find((c) => c.optionId === option.id)?.count ?? 0;
          const share = total > 0 ? count / total : 0;
          const mine = myVote?.includes(option.id) ?? false;
          return html`<li part="result" class=${mine ? 'mine' : ''}>
            <div class="result-text">
              <span
                >${userText(option.label, this.locale.lang)}${mine ? html`<bdi class="mine-label" dir=${this.locale.dir}>${i18n.t('poll.your-choice')}</bdi>` : nothing}</span
              >
              <span class="figures">${i18n.percent(share)} · ${i18n.t('poll.votes', { count })}</span>
            </div>
            <progress part="bar" aria-hidden="true" .value=${share}></progress>
          </li>`;
        })}
      </ul>
      <p part="total" class="total">${i18n.t('poll.participants', { count: total })}</p>
    </div>`;
  }

  #toggle(optionId: string, checked: boolean, multiple: boolean): void {
    const next = multiple ? new Set(this.selected) : new Set<string>();
    if (checked) next.add(optionId);
    else next.delete(optionId);
    this.selected = next;
    this.formError = '';
  }

  #startChanging(view: PollView): void {
    this.selected = new Set(view.myVote ?? []);
    this.changing = true;
    this.notice = '';
    void this.focusRendered('input:checked, input');
  }

  #stopChanging(): void {
    this.changing = false;
    void this.focusRendered('[part=change]');
  }

  async #submit(event: Event): Promise<void> {
    event.preventDefault();
    const view = this.#data.value;
    if (!view || !this.backend || this.submitting) return;
    const choices = view.poll.options.map((o) => o.id).filter((id) => this.selected.has(id));
    if (choices.length < 1 || choices.length > view.poll.maxChoices) {
      this.announce(this.locale.i18n.t('poll.need-choice'));
      return;
    }
    const { i18n } = this.locale;
    const changed = view.myVote !== null;
    this.formError = '';
    await this.act(
      (adapter) => adapter.vote(this.pollId, { choices }),
      (next) => {
        this.changing = false;
        this.notice = i18n.t(changed ? 'poll.vote-changed' : 'poll.voted');
        this.#data.set(next);
        this.announce(this.notice);
        this.emit('civic-vote', { pollId: this.pollId, choices, view: next });
        // The form is gone: take focus to the confirmation rather than losing it.
        return this.focusRendered('[part=notice]');
      },
      (error, message) => {
        this.formError = this.#voteErrorMessage(error, message);
        if (error instanceof CivicError && (error.code === 'already-done' || error.code === 'closed')) {
          // Show what the backend says is true now.
          this.changing = false;
          this.notice = this.formError;
          void this.#data.reload();
        }
      },
    );
  }

  #voteErrorMessage(error: unknown, message: string): string {
    const { i18n } = this.locale;
    if (error instanceof CivicError && error.code === 'already-done') return i18n.t('poll.error.already-done');
    if (error instanceof CivicError && error.code === 'closed') return i18n.t('poll.error.closed');
    return message;
  }
}
