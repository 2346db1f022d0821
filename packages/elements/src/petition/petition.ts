import { CivicError, type LiveEvent, type PetitionView, type SignatureReceipt, phaseOf } from '@civic-widgets/core';
import { html, nothing, type TemplateResult } from 'lit';
import { CivicElement } from '../base/civic-element.js';
import { darkStyles } from '../styles/dark.styles.js';
import { resultsStyles } from '../styles/results.styles.js';
import { inLanguage, isolate, userText } from '../base/user-text.js';
import { EMAIL, honeypot, textField } from '../base/text-field.js';
import { checkboxField, selectField } from '../base/select-field.js';
import { choiceStyles } from '../styles/choice.styles.js';
import { petitionMessages } from './messages.js';
import type { PetitionMessageKey } from './messages/en.js';
import { petitionStyles } from './petition.styles.js';
import { renderEligibility } from '../verified/eligibility.js';

type Field = 'name' | 'email' | 'regionId' | 'consent';

interface Form {
  name: string;
  email: string;
  regionId: string;
  consent: boolean;
  showName: boolean;
  website: string;
}

/**
 * A petition: its text, live signature count and progress towards the goal and
 * milestones, the official response, and a sign form with e-mail confirmation.
 *
 * @summary Sign a petition with e-mail confirmation.
 * @tag civic-petition
 *
 * @attr petition-id - The petition (required).
 * @attr endpoint - API base URL; uses the REST adapter.
 * @attr lang - Language (BCP 47); otherwise inherited from the page.
 * @attr heading-level - Level of the petition heading (default 2).
 * @attr privacy-url - Link to the site's privacy notice, shown with the consent box.
 *
 * @event civic-load - The petition is shown after loading; once per load, not for live updates. `detail: { id }`
 * @event civic-sign - The backend accepted a signature (pending e-mail confirmation). `detail: { petitionId, receipt }`
 * @event civic-error - Something failed. `detail: { error, retryable }`
 *
 * @csspart base - The widget's box.
 * @csspart title - The petition heading.
 * @csspart summary - The summary.
 * @csspart full-text - The expandable full text.
 * @csspart count - The confirmed signature count.
 * @csspart progress - The progress bar towards the goal.
 * @csspart milestones - The list of milestones.
 * @csspart notice - Closed, not-yet-open and milestone messages.
 * @csspart response - The official response.
 * @csspart signers - Recent public signers.
 * @csspart form - The sign form.
 * @csspart error-summary - The list of problems at the top of the form.
 * @csspart field - A labelled field.
 * @csspart submit - The sign button.
 * @csspart confirmation - "Check your e-mail" after signing.
 * @csspart share - The share button.
 * @csspart status - The visually hidden live region.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error box.
 * @csspart retry - The retry button.
 *
 * @cssprop --civic-petition-title-size - Size of the heading (default 1.25em).
 * @cssprop --civic-bar-color - The progress bar (default: primary colour).
 */
export class CivicPetition extends CivicElement<PetitionMessageKey> {
  static override styles = [...CivicElement.styles, darkStyles, choiceStyles, resultsStyles, petitionStyles];
  static override messages = petitionMessages;
  static override properties = {
    petitionId: { attribute: 'petition-id', reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    privacyUrl: { attribute: 'privacy-url' },
    form: { state: true },
    errors: { state: true },
    formError: { state: true },
    receipt: { state: true },
    shareNote: { state: true },
  };

  petitionId = '';
  headingLevel = 2;
  privacyUrl = '';

  private form: Form = { name: '', email: '', regionId: '', consent: false, showName: false, website: '' };
  private errors: Partial<Record<Field, string>> = {};
  private formError = '';
  private receipt: SignatureReceipt | null = null;
  private shareNote = '';

  readonly #data = this.loadResource(
    () => this.petitionId,
    (adapter, id, signal) => adapter.getPetition(id, { signal }),
  );

  /** The petition as last loaded (for tests and integrations). */
  get view(): PetitionView | undefined {
    return this.#data.value;
  }

  constructor() {
    super();
    this.liveUpdates(
      this.#data,
      () => (this.petitionId ? `petition:${this.petitionId}` : null),
      (event) => this.#onLive(event),
    );
  }

  #onLive(event: LiveEvent): void {
    const view = this.#data.value;
    if (event.type !== 'petition.count' || event.petitionId !== this.petitionId || !view) return;
    this.#data.set({ ...view, petition: { ...view.petition, signatureCount: event.signatureCount } });
    // Public signers and region counts change with confirmations; refresh them quietly.
    void this.#data.reload();
  }

  override render(): TemplateResult {
    const { i18n } = this.locale;
    return this.renderResource(this.#data, i18n.t('petition.loading'), (view) => this.#renderPetition(view));
  }

  #level(offset = 0): number {
    return this.headingAt(this.headingLevel, offset);
  }

  #renderPetition(view: PetitionView): TemplateResult {
    const { i18n } = this.locale;
    const { petition } = view;
    const phase = phaseOf(petition);
    const reached = petition.milestones.filter((m) => petition.signatureCount >= m.count);
    const latest = reached[reached.length - 1];
    const title = userText(petition.title, this.locale.lang);
    return html`<article part="petition" aria-labelledby="title">
      <div id="title" part="title" class="title" role="heading" aria-level=${this.#level()}>${title}</div>
      ${petition.summary ? html`<p part="summary">${userText(petition.summary, this.locale.lang, true)}</p>` : nothing}
      ${
        petition.body
          ? html`<details part="full-text">
              <summary>${i18n.t('petition.full-text')}</summary>
              <div class="body">${userText(petition.body, this.locale.lang, true)}</div>
            </details>`
          : nothing
      }
      ${petition.response ? this.#renderResponse(petition.response) : nothing} ${this.#renderProgress(view)}
      ${latest ? html`<p part="notice" class="notice">${i18n.t('petition.milestone-reached', { label: isolate(latest.label, this.locale.lang) })}</p>` : nothing}
      ${phase === 'open' && petition.closesAt ? html`<p class="muted">${i18n.t('petition.closes', { date: i18n.date(petition.closesAt, { dateStyle: 'long' }) })}</p>` : nothing}
      ${
        phase === 'upcoming' && petition.opensAt
          ? html`<p part="notice" class="notice">${i18n.t('petition.opens', { date: i18n.date(petition.opensAt) })}</p>`
          : nothing
      }
      ${phase === 'closed' ? html`<p part="notice" class="notice">${i18n.t('petition.closed')}</p>` : nothing}
      ${phase === 'open' ? (this.receipt ? this.#renderConfirmation(this.receipt) : this.#renderForm(view)) : nothing}
      ${
        view.recentSigners.length
          ? html`<div part="signers">
              <p class="muted" id="signers-title">${i18n.t('petition.recent')}</p>
              <ul class="signers" aria-labelledby="signers-title">
                ${view.recentSigners.map(
                  (s) =>
                    html`<li>
                      ${userText(s.name, this.locale.lang)}${s.regionId ? html`, ${userText(petition.regions.find((r) => r.id === s.regionId)?.label ?? '', this.locale.lang)}` : nothing}
                    </li>`,
                )}
              </ul>
            </div>`
          : nothing
      }
      <div class="actions">
        <button
          part="share"
          class="secondary"
          type="button"
          @click=${() => void this.#share(inLanguage(petition.title, this.locale.lang)[0])}
        >
          ${i18n.t('petition.share')}
        </button>
        ${this.shareNote ? html`<span>${this.shareNote}</span>` : nothing}
      </div>
    </article>`;
  }

  #renderResponse(response: NonNullable<PetitionView['petition']['response']>): TemplateResult {
    const { i18n } = this.locale;
    return html`<section part="response" class="response" aria-labelledby="response-title">
      <div id="response-title" class="response-title" role="heading" aria-level=${this.#level(1)}>
        ${i18n.t('petition.response')}
      </div>
      <p class="muted">${i18n.t('petition.responded-on', { date: i18n.date(response.respondedAt, { dateStyle: 'long' }) })}</p>
      <div class="body">${userText(response.body, this.locale.lang, true)}</div>
    </section>`;
  }

  #renderProgress({ petition }: PetitionView): TemplateResult {
    const { i18n } = this.locale;
    const count = petition.signatureCount;
    const top = Math.max(petition.goal, ...petition.milestones.map((m) => m.count));
    const share = Math.min(1, count / top);
    return html`<p part="count" class="count">${i18n.t('petition.signatures', { count })}</p>
      <p class="muted">
        ${i18n.t('petition.progress', { count, goal: petition.goal, percent: i18n.percent(Math.min(1, count / petition.goal)) })}
      </p>
      <progress part="progress" aria-hidden="true" .value=${share}></progress>
      ${
        petition.milestones.length
          ? html`<p class="muted" id="milestones-title">${i18n.t('petition.milestones')}</p>
              <ul part="milestones" class="milestones" aria-labelledby="milestones-title">
                ${petition.milestones.map((m) => {
                  const done = count >= m.count;
                  return html`<li class=${done ? 'done' : ''}>
                    ${i18n.t('petition.milestone', { count: m.count, label: isolate(m.label, this.locale.lang) })}${done ? html`<bdi class="reached" dir=${this.locale.dir}>${i18n.t('petition.reached')}</bdi>` : nothing}
                  </li>`;
                })}
              </ul>`
          : nothing
      }`;
  }

  #renderForm({ petition }: PetitionView): TemplateResult {
    const { i18n } = this.locale;
    const f = this.form;
    const problems = (Object.entries(this.errors) as [Field, string][]).filter(([, m]) => m);
    return html`<form part="form" novalidate aria-labelledby="sign-title" @submit=${(e: Event) => void this.#submit(e)}>
      <div id="sign-title" class="title" role="heading" aria-level=${this.#level(1)}>${i18n.t('petition.sign')}</div>
      ${renderEligibility(i18n, petition.eligibility, () => this.requestUpdate())}
      ${
        problems.length || this.formError
          ? html`<div
              part="error-summary"
              class="summary-box"
              role="alert"
              tabindex="-1"
              id="error-summary"
              aria-labelledby="error-summary-title"
            >
              <p id="error-summary-title" class="label">${i18n.t('petition.error-summary')}</p>
              ${this.formError ? html`<p>${this.formError}</p>` : nothing}
              <ul>
                ${problems.map(([field, message]) => html`<li><a href="#${field}" @click=${(e: Event) => this.#focusField(e, field)}>${message}</a></li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${textField(i18n, { id: 'name', label: i18n.t('petition.name'), value: f.name, autocomplete: 'name', required: true, error: this.errors.name ?? '', onInput: (name) => this.#set({ name }) })}
      ${textField(i18n, {
        id: 'email',
        type: 'email',
        label: i18n.t('petition.email'),
        hint: i18n.t('petition.email-hint'),
        value: f.email,
        autocomplete: 'email',
        required: true,
        error: this.errors.email ?? '',
        onInput: (email) => this.#set({ email }),
      })}
      ${
        petition.regions.length
          ? selectField({
              id: 'regionId',
              label: i18n.t('petition.region'),
              value: f.regionId,
              placeholder: i18n.t('petition.region-choose'),
              options: petition.regions.map((r) => [r.id, isolate(r.label, this.locale.lang)] as const),
              required: true,
              error: this.errors.regionId ?? '',
              onChange: (regionId) => this.#set({ regionId }),
            })
          : nothing
      }
      ${checkboxField({
        id: 'consent',
        checked: f.consent,
        required: true,
        label: this.#consent(),
        error: this.errors.consent ?? '',
        onChange: (consent) => this.#set({ consent }),
      })}
      ${checkboxField({ id: 'showName', checked: f.showName, label: i18n.t('petition.show-name'), onChange: (showName) => this.#set({ showName }) })}
      ${honeypot('website', i18n.t('common.honeypot'), f.website, (website) => this.#set({ website }))}
      <button part="submit" class="primary" type="submit" aria-disabled=${this.submitting ? 'true' : 'false'}>
        ${this.submitting ? i18n.t('petition.submitting') : i18n.t('petition.submit')}
      </button>
    </form>`;
  }

  /** The consent sentence, its privacy notice in words — a link when the site gives `privacy-url`. */
  #consent(): unknown[] {
    const { i18n } = this.locale;
    const words = i18n.t('petition.privacy-notice');
    const [before, after] = i18n.t('petition.consent', { privacy: '\0' }).split('\0');
    return [before, this.privacyUrl ? html`<a href=${this.privacyUrl}>${words}</a>` : words, after];
  }

  #renderConfirmation(receipt: SignatureReceipt): TemplateResult {
    const { i18n } = this.locale;
    return html`<section part="confirmation" class="notice" tabindex="-1" id="confirmation" aria-labelledby="confirmation-title">
      <div id="confirmation-title" class="label" role="heading" aria-level=${this.#level(1)}>
        ${i18n.t('petition.check-email')}
      </div>
      <p>${i18n.t('petition.check-email-body', { email: isolate(receipt.email) })}</p>
      <p>${i18n.t('petition.check-email-help')}</p>
    </section>`;
  }

  #set(patch: Partial<Form>): void {
    this.form = { ...this.form, ...patch };
    const field = Object.keys(patch)[0] as Field;
    if (this.errors[field]) this.errors = { ...this.errors, [field]: '' };
  }

  #focusField(event: Event, field: Field): void {
    // Fragment links do not reach into shadow DOM: move focus ourselves.
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#${field}`)?.focus();
  }

  #validate(view: PetitionView): Partial<Record<Field, string>> {
    const { i18n } = this.locale;
    const f = this.form;
    const errors: Partial<Record<Field, string>> = {};
    if (!f.name.trim()) errors.name = i18n.t('petition.error.name');
    // GOV.UK: an empty field asks for it; only a filled one is "in the wrong format".
    if (!EMAIL.test(f.email.trim()))
      errors.email = i18n.t(f.email.trim() ? 'petition.error.email' : 'petition.error.email-empty');
    if (view.petition.regions.length && !f.regionId) errors.regionId = i18n.t('petition.error.region');
    if (!f.consent) errors.consent = i18n.t('petition.error.consent');
    return errors;
  }

  #showSummary(): Promise<void> {
    return this.focusRendered('#error-summary');
  }

  async #submit(event: Event): Promise<void> {
    event.preventDefault();
    const view = this.#data.value;
    if (!view || !this.backend || this.submitting) return;
    this.formError = '';
    this.errors = this.#validate(view);
    if (Object.values(this.errors).some(Boolean)) return this.#showSummary();
    const f = this.form;
    await this.act(
      (adapter) =>
        adapter.signPetition(this.petitionId, {
          name: f.name.trim(),
          email: f.email.trim(),
          consent: true,
          showName: f.showName,
          ...(view.petition.regions.length ? { regionId: f.regionId } : {}),
          ...(f.website ? { website: f.website } : {}),
          // The page to return to, without query or fragment (they may carry someone's session).
          ...(location.protocol.startsWith('http') ? { sourceUrl: location.origin + location.pathname } : {}),
          // The confirmation e-mail and page are written in the widget's language.
          lang: this.locale.lang,
        }),
      (receipt) => {
        this.receipt = receipt;
        this.announce(this.locale.i18n.t('petition.check-email-body', { email: isolate(receipt.email) }));
        this.emit('civic-sign', { petitionId: this.petitionId, receipt });
        return this.focusRendered('#confirmation');
      },
      (error, message) => {
        this.#serverErrors(error, message);
        void this.#showSummary();
      },
    );
  }

  /** Field problems from the backend go to their fields; anything else to the summary. */
  #serverErrors(error: unknown, message: string): void {
    const { i18n } = this.locale;
    const known: Record<string, Field> = { name: 'name', email: 'email', regionId: 'regionId', consent: 'consent' };
    const errors: Partial<Record<Field, string>> = {};
    if (error instanceof CivicError) {
      for (const problem of error.fieldErrors) {
        const field = known[problem.path];
        if (field) errors[field] = i18n.t(`petition.error.${field === 'regionId' ? 'region' : field}`);
      }
    }
    this.errors = errors;
    if (!Object.keys(errors).length) this.formError = message;
  }

  async #share(title: string): Promise<void> {
    const url = location.href.split('#')[0] ?? location.href;
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
        return;
      } catch {
        // cancelled or refused: fall back to copying
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      this.shareNote = this.locale.i18n.t('petition.copied');
      this.announce(this.shareNote);
    } catch (error) {
      this.shareNote = url;
      this.emitError(error);
    }
  }
}
