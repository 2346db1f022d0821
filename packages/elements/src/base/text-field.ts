import { countCharacters } from '@civic-widgets/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Translator } from '../i18n/translator.js';

/** What the widgets accept as an e-mail address before the server checks it. */
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface TextFieldOptions {
  id: string;
  label: string;
  hint?: string;
  value: string;
  /** Characters allowed, counted as the server counts them; no counter without it. */
  max?: number;
  multiline?: boolean;
  error?: string;
  required?: boolean;
  autocomplete?: string;
  type?: string;
  part?: string;
  onInput: (value: string) => void;
}

/**
 * A labelled text input or textarea with hint, error and (GOV.UK-style)
 * character count, all linked with `aria-describedby`. The count is visible;
 * announcing it is left to the widget's live region, after typing pauses.
 */
export function textField(i18n: Translator<string>, o: TextFieldOptions): TemplateResult {
  const used = countCharacters(o.value);
  const left = o.max === undefined ? 0 : o.max - used;
  const describedBy = [o.hint ? `${o.id}-hint` : '', o.error ? `${o.id}-error` : '', o.max !== undefined ? `${o.id}-count` : '']
    .filter(Boolean)
    .join(' ');
  const onInput = (e: Event) => o.onInput((e.target as HTMLInputElement | HTMLTextAreaElement).value);
  return html`<div class="field ${o.error ? 'field-invalid' : ''}" part=${o.part ?? 'field'}>
    <label class="label" for=${o.id}>${o.label}</label>
    ${o.hint ? html`<p class="field-hint" id="${o.id}-hint">${o.hint}</p>` : nothing}
    ${o.error ? html`<p class="field-error" id="${o.id}-error">${o.error}</p>` : nothing}
    ${
      o.multiline
        ? html`<textarea
            id=${o.id}
            rows="4"
            .value=${o.value}
            ?required=${o.required}
            aria-invalid=${o.error ? 'true' : 'false'}
            aria-describedby=${describedBy || nothing}
            @input=${onInput}
          ></textarea>`
        : html`<input
            id=${o.id}
            type=${o.type ?? 'text'}
            .value=${o.value}
            ?required=${o.required}
            autocomplete=${o.autocomplete ?? nothing}
            aria-invalid=${o.error ? 'true' : 'false'}
            aria-describedby=${describedBy || nothing}
            @input=${onInput}
          />`
    }
    ${o.max !== undefined ? html`<p class="count ${left < 0 ? 'over' : ''}" id="${o.id}-count">${characterCount(i18n, left)}</p>` : nothing}
  </div>`;
}

/** "You have 12 characters left" or "You have 3 characters too many". */
export function characterCount(i18n: Translator<string>, left: number): string {
  return left >= 0 ? i18n.t('common.characters-left', { count: left }) : i18n.t('common.characters-over', { count: -left });
}

/** The visually hidden honeypot: people never see or reach it; bots fill it in. */
export function honeypot(id: string, label: string, value: string, onInput: (value: string) => void): TemplateResult {
  return html`<div class="honeypot visually-hidden" aria-hidden="true">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      name="website"
      type="text"
      tabindex="-1"
      autocomplete="off"
      .value=${value}
      @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
    />
  </div>`;
}
