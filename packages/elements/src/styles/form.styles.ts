import { css } from 'lit';

/** Form fields shared by the widgets: GOV.UK-like labels, hints, errors and counts. */
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
  .count {
    color: var(--_muted);
    margin-block: 0 0.25rem;
  }
  .count.over,
  .field-error {
    color: var(--_error);
    font-weight: 700;
  }
  .field-error {
    margin-block: 0 0.25rem;
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
  }
  textarea {
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
  }
  .honeypot {
    position: absolute;
    inset-inline-start: -10000px;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
  }
`;
