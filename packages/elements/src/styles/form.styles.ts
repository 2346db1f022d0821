import { css } from 'lit';

/**
 * Controls shared by every widget (part of `CivicElement.styles`): GOV.UK-like
 * fields with labels, hints, errors and counts; choice inputs; rows of actions.
 * Kept here once rather than in each widget's styles, where they were repeated.
 */
export const formStyles = css`
  .field {
    margin-block-end: 1rem;
  }
  .label {
    display: block;
    font-weight: 700;
    margin-block-end: 0.25rem;
  }
  .field-hint,
  .count,
  .field-error {
    color: var(--_muted);
    margin-block: 0 0.25rem;
  }
  .count.over,
  .field-error {
    color: var(--_error);
    font-weight: 700;
  }
  .field-invalid {
    border-inline-start: 0.25rem solid var(--_error);
    padding-inline-start: 0.75rem;
  }
  input[type='text'],
  input[type='email'],
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    inline-size: 100%;
    max-inline-size: 40rem;
    min-block-size: 2.75rem;
    padding: 0.5rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  select {
    inline-size: auto;
    max-inline-size: 100%;
  }
  textarea {
    resize: vertical;
  }
  /* As specific as the rules above (every field has an id): text fields turn red like selects. */
  [id][aria-invalid='true'] {
    border-color: var(--_error);
  }
  .actions,
  .form-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
  }
  .muted {
    color: var(--_muted);
  }
  /* No padding: a link button lines up with the text it follows. */
  .link-button {
    min-block-size: 2.75rem;
    padding-inline: 0;
    text-align: start;
    background: transparent;
    color: var(--_primary);
    border: 1px solid transparent;
    text-decoration: underline;
  }
`;
