import { css, html, nothing, type TemplateResult } from 'lit';
import type { Role } from '../api.js';
import { fieldId } from './forms.js';

export const ROLE_ORDER: readonly Role[] = ['admin', 'editor', 'moderator', 'analyst'];

export interface RoleChoiceOptions {
  /** The form field's name and error path (`role`): the first radio is `field-role`, so the error summary finds it. */
  path: string;
  legend: string;
  hint?: string;
  error?: string | undefined;
  /** The role chosen, if any (none is chosen for a new invitation). */
  value: Role | null;
  /** Each role's name and what it may do, in plain words. */
  roles: Record<Role, { label: string; hint: string }>;
}

/** The roles as radios, each with what it may do (GOV.UK radios with hints), in a fieldset. */
export function roleChoice({ path, legend, hint, error, value, roles }: RoleChoiceOptions): TemplateResult {
  const id = fieldId(path);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<fieldset class="field ${error ? 'invalid' : ''}" aria-describedby=${describedBy || nothing}>
    <legend>${legend}</legend>
    ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing}
    ${error ? html`<span class="error" id="${id}-error">${error}</span>` : nothing}
    ${ROLE_ORDER.map((role, i) => {
      const radio = i === 0 ? id : `${id}-${role}`;
      return html`<div class="choice role-choice">
        <input
          type="radio"
          id=${radio}
          name=${path}
          value=${role}
          .checked=${value === role}
          aria-describedby="${radio}-item-hint"
        />
        <label for=${radio}>${roles[role].label}</label>
        <span class="hint" id="${radio}-item-hint">${roles[role].hint}</span>
      </div>`;
    })}
  </fieldset>`;
}

/** Add to the styles of a view that uses `roleChoice`: each role's description sits under its label. */
export const roleChoiceStyles = css`
  .role-choice {
    flex-wrap: wrap;
    gap: 0 0.5rem;
    margin-block-end: 0.5rem;
  }
  .role-choice .hint {
    flex-basis: 100%;
    padding-inline-start: 1.75rem;
    margin: 0;
  }
`;
