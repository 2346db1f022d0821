import { html, nothing, type TemplateResult } from 'lit';

export interface ChoiceOptions {
  type?: 'radio' | 'checkbox';
  /** An id for the input, when something points at it (an error summary, a test). */
  id?: string;
  name?: string;
  value?: string;
  checked: boolean;
  disabled?: boolean;
  required?: boolean;
  /** The label: text from the catalogues, or `userText()` of what someone wrote. */
  label: unknown;
  part?: string;
  /** Extra classes on the choice. */
  class?: string;
  error?: string;
  onChange: (checked: boolean) => void;
}

/**
 * A radio or checkbox inside its label (the whole row is the target), drawn
 * at 40 px by `choiceStyles`; with `error`, marked invalid and described by
 * `<id>-error`, as `textField()` does.
 */
export function choice(o: ChoiceOptions): TemplateResult {
  return html`<label part=${o.part ?? 'option'} class="choice ${o.class ?? ''}">
    <input
      type=${o.type ?? 'checkbox'}
      id=${o.id ?? nothing}
      name=${o.name ?? nothing}
      .value=${o.value ?? 'on'}
      .checked=${o.checked}
      ?disabled=${o.disabled}
      ?required=${o.required}
      aria-invalid=${o.error ? 'true' : nothing}
      aria-describedby=${o.error ? `${o.id}-error` : nothing}
      @change=${(e: Event) => o.onChange((e.target as HTMLInputElement).checked)}
    /><span class="choice-label">${o.label}</span>
  </label>`;
}
