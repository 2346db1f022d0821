import { html, nothing, type TemplateResult } from 'lit';
import { type ChoiceOptions, choice } from './choice-field.js';

/*
 * Fields that only a petition has so far (a region, consent): kept out of the
 * shared chunk of polls and ratings. Wired as `textField()` wires its field:
 * the error above the control, `aria-invalid` and `aria-describedby`.
 */

/** A checkbox as a field of a form: its error above it, linked to it. */
export function checkboxField(o: ChoiceOptions & { id: string }): TemplateResult {
  return html`<div class="field ${o.error ? 'field-invalid' : ''}" part="field">
    ${o.error ? html`<p class="field-error" id="${o.id}-error">${o.error}</p>` : nothing} ${choice({ part: 'choice', ...o })}
  </div>`;
}

export interface SelectFieldOptions {
  id: string;
  label: string;
  value: string;
  /** `[value, text]`; text that someone wrote goes through `isolate()`. */
  options: readonly (readonly [string, string])[];
  /** The first, empty option ("Choose…"). */
  placeholder?: string;
  error?: string;
  required?: boolean;
  onChange: (value: string) => void;
}

/** A labelled select with its error, linked with `aria-describedby` and `aria-invalid`, as `textField()` does. */
export function selectField(o: SelectFieldOptions): TemplateResult {
  return html`<div class="field ${o.error ? 'field-invalid' : ''}" part="field">
    <label class="label" for=${o.id}>${o.label}</label>
    ${o.error ? html`<p class="field-error" id="${o.id}-error">${o.error}</p>` : nothing}
    <select
      id=${o.id}
      ?required=${o.required}
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${o.error ? `${o.id}-error` : nothing}
      @change=${(e: Event) => o.onChange((e.target as HTMLSelectElement).value)}
    >
      ${o.placeholder === undefined ? nothing : html`<option value="" ?selected=${!o.value}>${o.placeholder}</option>`}
      ${o.options.map(([value, text]) => html`<option value=${value} ?selected=${o.value === value}>${text}</option>`)}
    </select>
  </div>`;
}
