import { css } from 'lit';

/**
 * The console's look, on the same `--civic-*` tokens as the widgets (so an
 * agency's theme applies to both), in the plain GOV.UK style staff tools use:
 * clear labels, visible focus, error summaries, tables with captions. Colours
 * meet 4.5:1; forced-colours mode uses system colours.
 */
export const consoleStyles = css`
  :host {
    --_primary: var(--civic-color-primary, #1d4ed8);
    --_on-primary: var(--civic-color-on-primary, #ffffff);
    --_text: var(--civic-color-text, #1f2937);
    --_muted: var(--civic-color-muted, #4b5563);
    --_surface: var(--civic-color-surface, #ffffff);
    --_subtle: #f3f4f6;
    --_border: var(--civic-color-border, #6b7280);
    --_error: var(--civic-color-error, #b91c1c);
    --_success: var(--civic-color-success, #15803d);
    --_focus: var(--civic-color-focus, #f59e0b);
    --_radius: var(--civic-radius, 0.375rem);
    display: block;
    color: var(--_text);
    line-height: 1.5;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_primary: var(--civic-color-primary, #93c5fd);
      --_on-primary: var(--civic-color-on-primary, #0b1220);
      --_text: var(--civic-color-text, #e5e7eb);
      --_muted: var(--civic-color-muted, #cbd5e1);
      --_surface: var(--civic-color-surface, #111827);
      --_subtle: #1f2937;
      --_border: var(--civic-color-border, #9ca3af);
      --_error: var(--civic-color-error, #fca5a5);
      --_success: var(--civic-color-success, #86efac);
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h1 {
    font-size: 1.75rem;
    line-height: 1.2;
    margin: 0 0 1rem;
  }
  h2 {
    font-size: 1.35rem;
    margin: 1.5rem 0 0.75rem;
  }
  h3 {
    font-size: 1.1rem;
    margin: 1.25rem 0 0.5rem;
  }
  p {
    margin: 0 0 1rem;
  }
  a {
    color: var(--_primary);
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  summary:focus-visible,
  [tabindex]:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* Headings receive focus when a page opens (for screen readers), without a ring nobody asked for. */
  [tabindex='-1']:focus {
    outline: none;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .muted {
    color: var(--_muted);
  }
  /* Buttons */
  button,
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-block-size: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  button.secondary,
  .button.secondary {
    background: transparent;
    color: var(--_primary);
  }
  button.warning {
    background: var(--_error);
    border-color: var(--_error);
    color: var(--_surface);
  }
  button.link {
    min-block-size: auto;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_primary);
    font-weight: normal;
    text-decoration: underline;
  }
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
    margin: 1.5rem 0;
  }
  /* Forms */
  .field {
    margin: 0 0 1.25rem;
  }
  .field.invalid {
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: 0.75rem;
  }
  label,
  legend {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25rem;
  }
  .hint {
    display: block;
    color: var(--_muted);
    margin-block-end: 0.35rem;
  }
  .error {
    display: block;
    color: var(--_error);
    font-weight: 600;
    margin-block-end: 0.35rem;
  }
  input:not([type='checkbox']):not([type='radio']),
  select,
  textarea {
    display: block;
    inline-size: 100%;
    max-inline-size: 40rem;
    min-block-size: 2.75rem;
    padding: 0.4rem 0.6rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .invalid input,
  .invalid select,
  .invalid textarea {
    border-color: var(--_error);
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 1.25rem;
  }
  .choice {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    min-block-size: 2.75rem;
  }
  .choice input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
  }
  .choice label {
    font-weight: normal;
    margin: 0;
  }
  /* Error summary (GOV.UK pattern): focused on submit, links move to the fields. */
  .error-summary {
    border: 4px solid var(--_error);
    padding: 1rem;
    margin: 0 0 1.5rem;
  }
  .error-summary h2 {
    margin-top: 0;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 600;
  }
  .notice {
    border-inline-start: 6px solid var(--_success);
    background: var(--_subtle);
    padding: 0.75rem 1rem;
    margin: 0 0 1.5rem;
  }
  /* Tables with captions; they scroll sideways on narrow screens instead of breaking the page. */
  .table-wrap {
    overflow-x: auto;
    max-inline-size: 100%;
    /* Visually hidden text in a cell (position: absolute) stays inside the scrolling box, not past the page's edge. */
    position: relative;
  }
  /* A caption stays readable when its table is wider than the screen. */
  .table-wrap caption {
    max-inline-size: calc(100vw - 2rem);
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    font-size: 1.1rem;
    padding-block-end: 0.5rem;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.5rem 0.75rem 0.5rem 0;
    border-block-end: 1px solid var(--_border);
  }
  td.number,
  th.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .tag {
    display: inline-block;
    padding: 0.1rem 0.5rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.875rem;
    font-weight: 600;
    white-space: nowrap;
  }
  .summary-list {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: 0.5rem 1.5rem;
    margin: 0 0 1.5rem;
  }
  .summary-list dt {
    font-weight: 600;
  }
  .summary-list dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  pre,
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9rem;
  }
  pre {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    background: var(--_subtle);
    padding: 0.75rem;
    border-radius: var(--_radius);
  }
  @media (forced-colors: active) {
    button,
    .button {
      border-color: ButtonText;
    }
    .tag {
      border-color: CanvasText;
    }
  }
  @media (max-width: 40rem) {
    .summary-list {
      grid-template-columns: 1fr;
    }
  }
`;
