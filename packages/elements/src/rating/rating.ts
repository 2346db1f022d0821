import {
  type LiveEvent,
  type RatingAggregate,
  type ServiceView,
  countCharacters,
  phaseOf,
  reasonFits,
  scaleScores,
  scoreSentiment,
} from '@civic-widgets/core';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { CivicElement } from '../base/civic-element.js';
import { darkStyles } from '../styles/dark.styles.js';
import { textField } from '../base/text-field.js';
import { userText } from '../base/user-text.js';
import { choice } from '../base/choice-field.js';
import { choiceStyles } from '../styles/choice.styles.js';
import { resultsStyles } from '../styles/results.styles.js';
import { ratingMessages } from './messages.js';
import type { RatingMessageKey } from './messages/en.js';
import { ratingStyles } from './rating.styles.js';
import { sharedFormatter } from '../i18n/translator.js';
import { renderEligibility } from '../verified/eligibility.js';

type Step = 'rate' | 'follow-up' | 'done';

/**
 * Rate a public service or page: five stars, "Was this page useful?" yes/no,
 * or a five-point satisfaction scale, with an optional follow-up and the public
 * aggregate.
 *
 * @summary Rate a public service or page.
 * @tag civic-rating
 *
 * @attr service-id - The service (required).
 * @attr question - The question to ask instead of the service's (the site's words, e.g. in the page's language).
 * @attr endpoint - API base URL; uses the REST adapter.
 * @attr lang - Language (BCP 47); otherwise inherited from the page.
 *
 * @event civic-load - The rating is shown after loading; once per load, not for live updates. `detail: { id }`
 * @event civic-rate - The backend accepted a rating or its follow-up. `detail: { serviceId, receipt }`
 * @event civic-error - Something failed. `detail: { error, retryable }`
 *
 * @csspart base - The widget's box.
 * @csspart question - The question.
 * @csspart scale - The stars, the yes/no buttons or the satisfaction points.
 * @csspart option - One star or point.
 * @csspart submit - The send button.
 * @csspart notice - Thanks, "your rating" and closed messages.
 * @csspart follow-up - The optional reasons and comment.
 * @csspart aggregate - The public summary of ratings.
 * @csspart toggle - The show/hide all ratings button.
 * @csspart results - The distribution of ratings.
 * @csspart bar - The filled part of a distribution bar.
 * @csspart status - The visually hidden live region.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error box.
 * @csspart retry - The retry button.
 *
 * @cssprop --civic-rating-star-color - Filled stars (default #b45309, 4.5:1 on white).
 * @cssprop --civic-bar-color - Distribution bars (default: primary colour).
 */
export class CivicRating extends CivicElement<RatingMessageKey> {
  static override styles = [...CivicElement.styles, darkStyles, choiceStyles, resultsStyles, ratingStyles];
  static override messages = ratingMessages;
  static override properties: PropertyDeclarations = {
    serviceId: { attribute: 'service-id', reflect: true },
    question: {},
    selected: { state: true },
    step: { state: true },
    reasons: { state: true },
    comment: { state: true },
    error: { state: true },
    details: { state: true },
    ratingId: { state: true },
  };

  serviceId = '';
  /** The question to ask instead of the service's: a page in several languages gives it in the page's. */
  question = '';
  private selected: number | null = null;
  private step: Step = 'rate';
  private reasons = new Set<string>();
  private comment = '';
  private error = '';
  private details = false;
  private ratingId = '';

  readonly #data = this.loadResource(
    () => this.serviceId,
    (adapter, id, signal) => adapter.getService(id, { signal }),
    (view) => {
      this.selected = view.myRating?.score ?? null;
      this.ratingId = view.myRating?.ratingId ?? '';
    },
  );

  /** The service as last loaded (for tests and integrations). */
  get view(): ServiceView | undefined {
    return this.#data.value;
  }

  constructor() {
    super();
    this.liveUpdates(
      this.#data,
      () => (this.serviceId ? `service:${this.serviceId}` : null),
      (event) => this.#onLive(event),
    );
  }

  #onLive(event: LiveEvent): void {
    const view = this.#data.value;
    if (event.type === 'service.aggregate' && event.serviceId === this.serviceId && view?.aggregate) {
      this.#data.set({ ...view, aggregate: event.aggregate });
    }
  }

  override render(): TemplateResult {
    const { i18n } = this.locale;
    return this.renderResource(this.#data, i18n.t('rating.loading'), (view) => this.#renderService(view));
  }

  /**
   * A rating is a page's footnote: when it cannot load, one quiet line (it
   * tries again by itself), not a second red box under the page's content.
   */
  protected override renderError(error: unknown, retry: () => void): TemplateResult {
    const { i18n } = this.locale;
    return html`<p part="error" class="muted">
      ${this.errorMessage(error)}
      ${
        this.isRetryable(error)
          ? html`${i18n.t('error.retrying')}
              <button part="retry" class="link-button" type="button" @click=${retry}>${i18n.t('common.retry')}</button>`
          : nothing
      }
    </p>`;
  }

  /** The words for a score on the service's scale. */
  /** The site's question if it gave one (in the page's language), else the service's. */
  #question(view: ServiceView): TemplateResult {
    return userText(this.question || view.service.question, this.locale.lang);
  }

  #label(view: ServiceView, score: number): string {
    const { i18n } = this.locale;
    const { scale } = view.service;
    if (scale === 'yesno') return i18n.t(score ? 'rating.yes' : 'rating.no');
    if (scale === 'csat5') return i18n.t(`rating.csat.${score}` as RatingMessageKey);
    return i18n.t('rating.stars', { count: score });
  }

  #renderService(view: ServiceView): TemplateResult {
    const { i18n } = this.locale;
    // The same phase rule as polls and petitions (a service has no dates: open or closed).
    const open = phaseOf(view.service) === 'open';
    return html`<section part="rating" aria-labelledby="question">
      ${
        !open
          ? html`<p id="question" part="question" class="question">${this.#question(view)}</p>
              <p part="notice" class="notice">${i18n.t('rating.closed')}</p>`
          : this.step === 'rate'
            ? html`${renderEligibility(i18n, view.service.eligibility, () => this.requestUpdate())}${this.#renderScale(view)}`
            : this.#renderAnswered(view)
      }
      ${view.aggregate ? this.#renderAggregate(view, view.aggregate) : nothing}
    </section>`;
  }

  #renderScale(view: ServiceView): TemplateResult {
    const { i18n } = this.locale;
    const { scale } = view.service;
    const mine = view.myRating;
    const yours = mine
      ? html`<p part="notice" class="muted">${i18n.t('rating.yours', { score: this.#label(view, mine.score) })}</p>`
      : nothing;
    if (scale === 'yesno') {
      return html`<div class="row" role="group" aria-labelledby="question">
          <p id="question" part="question" class="question">${this.#question(view)}</p>
          <div part="scale" class="row">
            ${[1, 0].map(
              (score) =>
                html`<button
                  part="option"
                  class="secondary"
                  type="button"
                  aria-pressed=${mine?.score === score ? 'true' : 'false'}
                  aria-disabled=${this.submitting ? 'true' : 'false'}
                  @click=${() => void this.#rate(view, score)}
                >
                  ${this.#label(view, score)}
                </button>`,
            )}
          </div>
        </div>
        ${yours}${this.error ? html`<p class="field-error" role="alert">${this.error}</p>` : nothing}`;
    }
    const scores = scaleScores(scale);
    const stars = scale === 'stars5';
    return html`<form novalidate @submit=${(e: Event) => this.#submit(e, view)}>
      <fieldset part="scale" aria-describedby=${this.error ? 'rating-error' : nothing}>
        <legend id="question" part="question" class="question">${this.#question(view)}</legend>
        <div class=${stars ? 'stars' : 'points'}>
          ${scores.map((score) => {
            if (!stars)
              return choice({
                type: 'radio',
                name: 'score',
                value: String(score),
                checked: this.selected === score,
                label: this.#label(view, score),
                onChange: () => this.#choose(score),
              });
            const on = this.selected !== null && score <= this.selected;
            return html`<label part="option" class="star ${on ? 'on' : ''}">
              <input
                type="radio"
                name="score"
                .value=${String(score)}
                .checked=${this.selected === score}
                @change=${() => this.#choose(score)}
              />
              <span aria-hidden="true">${on ? '★' : '☆'}</span><span class="visually-hidden">${this.#label(view, score)}</span>
            </label>`;
          })}
        </div>
      </fieldset>
      ${this.error ? html`<p id="rating-error" class="field-error" role="alert">${this.error}</p>` : nothing} ${yours}
      <div class="row">
        <button part="submit" class="primary" type="submit" aria-disabled=${this.submitting ? 'true' : 'false'}>
          ${i18n.t(this.submitting ? 'rating.sending' : 'rating.send')}
        </button>
      </div>
    </form>`;
  }

  /** After the score: the question and the answer stay, with a way to change it; the thanks; the follow-up. */
  #renderAnswered(view: ServiceView): TemplateResult {
    const { i18n } = this.locale;
    const score = view.myRating?.score ?? 0;
    return html`<p id="question" part="question" class="question">${this.#question(view)}</p>
      <p part="answer">
        ${i18n.t('rating.yours', { score: this.#label(view, score) })}
        <button part="change" class="link-button" type="button" @click=${() => this.#change()}>${i18n.t('rating.change')}</button>
      </p>
      <p part="notice" class="notice" id="thanks" tabindex="-1">
        ${i18n.t(this.step === 'done' ? 'rating.done' : 'rating.thanks')}
      </p>
      ${this.step === 'follow-up' ? this.#renderFollowUp(view, this.#reasonsFor(view, score)) : nothing}`;
  }

  /** The reasons that fit the answer: "what went wrong" after a no, never "It was clear". */
  #reasonsFor({ service }: ServiceView, score: number): ServiceView['service']['reasons'] {
    const sentiment = scoreSentiment(service.scale, score);
    return service.reasons.filter((r) => reasonFits(r, sentiment));
  }

  #renderFollowUp(view: ServiceView, reasons: ServiceView['service']['reasons']): TemplateResult {
    const { i18n } = this.locale;
    const { service } = view;
    return html`<form
      part="follow-up"
      novalidate
      aria-labelledby="follow-up-title"
      @submit=${(e: Event) => void this.#sendFollowUp(e, view)}
    >
      <p id="follow-up-title" class="label">${i18n.t('rating.follow-up')}</p>
      ${
        reasons.length
          ? html`<fieldset>
              <legend class="label">${i18n.t('rating.reasons')}</legend>
              <div class="checks">
                ${reasons.map((r) =>
                  choice({
                    checked: this.reasons.has(r.id),
                    label: userText(r.label, this.locale.lang),
                    part: 'reason',
                    onChange: (on) => this.#toggleReason(r.id, on),
                  }),
                )}
              </div>
            </fieldset>`
          : nothing
      }
      ${
        service.commentMaxLength > 0
          ? textField(i18n, {
              id: 'comment',
              label: i18n.t('rating.comment'),
              hint: i18n.t('rating.comment-hint'),
              value: this.comment,
              multiline: true,
              max: service.commentMaxLength,
              error: this.error,
              onInput: (comment) => {
                this.comment = comment;
                this.error = '';
              },
            })
          : nothing
      }
      <div class="row">
        <button part="submit" class="primary" type="submit" aria-disabled=${this.submitting ? 'true' : 'false'}>
          ${i18n.t(this.submitting ? 'rating.sending' : 'rating.send-more')}
        </button>
        <button class="secondary" type="button" @click=${() => void this.#finish()}>${i18n.t('rating.skip')}</button>
      </div>
    </form>`;
  }

  #renderAggregate(view: ServiceView, agg: RatingAggregate): TemplateResult {
    const { i18n } = this.locale;
    const headline =
      agg.count === 0
        ? ''
        : agg.yesShare !== null
          ? i18n.t('rating.yes-share', { percent: i18n.percent(agg.yesShare) })
          : i18n.t('rating.average', {
              // Through the shared cache: a formatter is costly to make, and this renders on every live update.
              average: sharedFormatter(
                `n1 ${i18n.lang}`,
                () => new Intl.NumberFormat(i18n.lang, { maximumFractionDigits: 1 }),
              ).format(agg.average ?? 0),
            });
    return html`<div part="aggregate" class="aggregate muted">
      <span>${headline} ${i18n.t('rating.count', { count: agg.count })}</span>
      ${
        agg.count
          ? html`<button
              part="toggle"
              class="link-button"
              type="button"
              aria-expanded=${this.details ? 'true' : 'false'}
              aria-controls="distribution"
              @click=${() => (this.details = !this.details)}
            >
              ${i18n.t(this.details ? 'rating.details-hide' : 'rating.details-show')}
            </button>`
          : nothing
      }
      ${
        this.details
          ? html`<div part="results" class="results" id="distribution">
              <ul>
                ${[...agg.distribution].reverse().map((d) => {
                  const share = agg.count ? d.count / agg.count : 0;
                  return html`<li>
                    <div class="result-text">
                      ${i18n.t('rating.distribution', { label: this.#label(view, d.score), count: d.count, percent: i18n.percent(share) })}
                    </div>
                    <progress part="bar" aria-hidden="true" .value=${share}></progress>
                  </li>`;
                })}
              </ul>
            </div>`
          : nothing
      }
    </div>`;
  }

  #choose(score: number): void {
    this.selected = score;
    this.error = '';
  }

  #submit(event: Event, view: ServiceView): void {
    event.preventDefault();
    if (this.selected === null) {
      this.error = this.locale.i18n.t('rating.choose');
      return;
    }
    void this.#rate(view, this.selected);
  }

  /** Sends the score at once: it counts even if the follow-up is skipped. */
  async #rate(view: ServiceView, score: number): Promise<void> {
    if (this.submitting) return;
    this.error = '';
    await this.act(
      (adapter) =>
        adapter.rate(this.serviceId, {
          score,
          ...(location.protocol.startsWith('http') ? { pageUrl: location.origin + location.pathname } : {}),
        }),
      (receipt) => {
        this.selected = score;
        this.ratingId = receipt.ratingId;
        this.#data.set({
          ...view,
          aggregate: receipt.aggregate,
          myRating: { ratingId: receipt.ratingId, score, reasons: receipt.reasons, comment: receipt.comment },
        });
        // Reasons chosen for another answer go; nothing to ask, no follow-up.
        const fitting = this.#reasonsFor(view, score);
        this.reasons = new Set(fitting.map((r) => r.id).filter((id) => this.reasons.has(id)));
        const hasFollowUp = fitting.length > 0 || view.service.commentMaxLength > 0;
        this.step = hasFollowUp ? 'follow-up' : 'done';
        this.announce(this.locale.i18n.t(hasFollowUp ? 'rating.thanks' : 'rating.done'));
        this.emit('civic-rate', { serviceId: this.serviceId, receipt });
        return this.#focusQuestion();
      },
      (_, message) => (this.error = message),
    );
  }

  #toggleReason(id: string, on: boolean): void {
    const next = new Set(this.reasons);
    if (on) next.add(id);
    else next.delete(id);
    this.reasons = next;
  }

  /** The follow-up amends the same rating; it never creates a second one. */
  async #sendFollowUp(event: Event, view: ServiceView): Promise<void> {
    event.preventDefault();
    if (!this.backend || this.submitting) return;
    if (countCharacters(this.comment) > view.service.commentMaxLength) {
      this.error = this.locale.i18n.t('common.characters-over', {
        count: countCharacters(this.comment) - view.service.commentMaxLength,
      });
      return;
    }
    if (this.reasons.size === 0 && !this.comment.trim()) return this.#finish();
    await this.act(
      (adapter) =>
        adapter.amendRating(this.serviceId, this.ratingId, {
          reasons: [...this.reasons],
          ...(this.comment.trim() ? { comment: this.comment } : {}),
        }),
      (receipt) => {
        this.emit('civic-rate', { serviceId: this.serviceId, receipt });
        this.#data.set({ ...view, aggregate: receipt.aggregate });
        return this.#finish();
      },
      (_, message) => (this.error = message),
    );
  }

  async #finish(): Promise<void> {
    this.step = 'done';
    this.announce(this.locale.i18n.t('rating.done'));
    await this.#focusQuestion();
  }

  /** The form was replaced: focus what replaced it, so keyboard users keep their place. */
  #focusQuestion(): Promise<void> {
    return this.focusRendered('#thanks');
  }

  /** Back to the scale, the answer given chosen and focused. */
  #change(): Promise<void> {
    this.step = 'rate';
    this.error = '';
    return this.focusRendered('[aria-pressed=true], :checked');
  }
}
