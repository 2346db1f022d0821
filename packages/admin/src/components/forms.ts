import { html, nothing, type TemplateResult } from 'lit';
import type { ApiError, FieldError } from '../api.js';

/**
 * Form helpers in the GOV.UK pattern: an error summary at the top whose links
 * move focus to the fields, and each field with its label, hint and message.
 * Field ids are `field-<path>` so a server error's `path` finds its field.
 */

export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** The message for `path` among the errors (a path or its first segment). */
export function errorFor(errors: readonly FieldError[], path: string): string | undefined {
  return errors.find((e) => e.path === path || e.path.split('.')[0] === path)?.message;
}

export function errorSummary(title: string, error: ApiError | null, fallback: string): TemplateResult | typeof nothing {
  if (!error) return nothing;
  const items = error.fieldErrors.length ? error.fieldErrors : [{ path: '', message: error.message || fallback }];
  return html`<div class="error-summary" role="alert" tabindex="-1" id="error-summary">
    <h2>${title}</h2>
    <ul>
      ${items.map((e) =>
        e.path
          ? html`<li>
              <a
                href="#${fieldId(e.path)}"
                @click=${(event: Event) => {
                  event.preventDefault();
                  const root = (event.currentTarget as Element).getRootNode() as ShadowRoot;
                  fieldFor(root, e.path)?.focus();
                }}
                >${e.message}</a
              >
            </li>`
          : html`<li>${e.message}</li>`,
      )}
    </ul>
  </div>`;
}

/**
 * The field an error's path names, the most precise one on the page: `options.1.label`
 * is that option's label field when there is one, else the options group (`field-options`).
 */
export function fieldFor(root: ShadowRoot | Document, path: string): HTMLElement | null {
  const segments = path.split('.');
  for (let n = segments.length; n > 0; n--) {
    const found = root.getElementById(fieldId(segments.slice(0, n).join('.')));
    if (found) return found;
  }
  return null;
}

export interface FieldOptions {
  path: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  control: (id: string, describedBy: string) => TemplateResult;
}

/** A labelled field with hint and error, wired with `aria-describedby`. */
export function field({ path, label, hint, error, control }: FieldOptions): TemplateResult {
  const id = fieldId(path);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field ${error ? 'invalid' : ''}">
    <label for=${id}>${label}</label>
    ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing}
    ${error ? html`<span class="error" id="${id}-error">${error}</span>` : nothing} ${control(id, describedBy)}
  </div>`;
}

export interface InputOptions extends Omit<FieldOptions, 'control'> {
  type?: 'text' | 'email' | 'password' | 'date' | 'url';
  /** `autocomplete`: what the browser may fill in (`off` by default: staff forms are about other people). */
  autocomplete?: string;
  /** E-mail addresses and ids: no spell-check, left to right in any language. */
  verbatim?: boolean;
  required?: boolean;
  minlength?: number;
  maxlength?: number;
}

/** A labelled text input: the one way the console writes a single-line field. */
export function inputField({
  type = 'text',
  autocomplete = 'off',
  verbatim,
  required,
  minlength,
  maxlength,
  ...rest
}: InputOptions): TemplateResult {
  return field({
    ...rest,
    control: (id, describedBy) =>
      html`<input
        id=${id}
        name=${rest.path}
        type=${type}
        autocomplete=${autocomplete}
        spellcheck=${verbatim ? 'false' : nothing}
        dir=${verbatim ? 'ltr' : nothing}
        ?required=${required}
        minlength=${minlength ?? nothing}
        maxlength=${maxlength ?? nothing}
        aria-describedby=${describedBy || nothing}
      />`,
  });
}

/** Focuses the error summary once it is on screen (after a failed submit). */
export async function focusErrorSummary(host: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  await host.updateComplete;
  host.shadowRoot?.getElementById('error-summary')?.focus();
}
