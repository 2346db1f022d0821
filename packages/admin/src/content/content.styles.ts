import { css } from 'lit';

/** The content pages: kind switcher, lists, the row editor, confirmations, preview and embed code. */
export const contentStyles = css`
  .kinds ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0 0 1.5rem;
    padding: 0;
    list-style: none;
    border-block-end: 1px solid var(--_border);
  }
  .kinds a {
    display: block;
    padding: 0.5rem 1rem;
    border: 1px solid transparent;
    border-block-end: 0;
    border-start-start-radius: var(--_radius);
    border-start-end-radius: var(--_radius);
    text-decoration: none;
  }
  .kinds a:hover {
    text-decoration: underline;
  }
  .kinds a[aria-current='page'] {
    border-color: var(--_border);
    background: var(--_surface);
    color: var(--_text);
    font-weight: 700;
    margin-block-end: -1px;
    padding-block-end: calc(0.5rem + 1px);
  }
  /* Current or archived content: links, the one shown marked. */
  .filter ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
    margin: 0 0 1rem;
    padding: 0;
    list-style: none;
  }
  .filter a[aria-current='page'] {
    color: var(--_text);
    font-weight: 700;
    text-decoration: none;
  }
  .back {
    display: inline-block;
    margin-block-end: 1rem;
  }
  .list-head {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: 1rem;
  }
  .list-head .field {
    flex: 1 1 18rem;
    margin: 0;
  }
  .count-line {
    margin: 0.75rem 0;
  }
  td code,
  dd code {
    overflow-wrap: anywhere;
  }
  .tag.open {
    color: var(--_success);
  }
  .tag.scheduled {
    color: var(--_primary);
  }
  .tag.draft,
  .tag.closed,
  .tag.responded,
  .tag.archived {
    color: var(--_muted);
  }
  .status-line {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    margin: 0 0 1rem;
  }
  .status-line p {
    margin: 0;
  }
  h1 bdi {
    overflow-wrap: anywhere;
  }
  /* Confirmations: a warning panel that takes focus; nothing happens until "Yes". */
  .confirm {
    border: 4px solid var(--_error);
    padding: 1rem;
    margin: 1rem 0 1.5rem;
  }
  .confirm h2,
  .confirm h3 {
    margin-block-start: 0;
  }
  .confirm .actions {
    margin-block-end: 0;
  }
  .warning-text {
    border-inline-start: 6px solid var(--_error);
    padding: 0.5rem 1rem;
    margin: 0 0 1rem;
    font-weight: 600;
  }
  /* Lists of options, regions, reasons and milestones. */
  ol.rows {
    list-style: none;
    margin: 0 0 1rem;
    padding: 0;
  }
  ol.rows > li {
    border-inline-start: 4px solid var(--_border);
    padding: 0.5rem 0 0.25rem 1rem;
    margin: 0 0 1rem;
  }
  fieldset.row {
    margin: 0;
  }
  fieldset.row legend {
    font-weight: 700;
  }
  .row-fields {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
    gap: 0 1rem;
  }
  .row-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .row-actions button {
    min-block-size: 2.5rem;
    padding: 0.25rem 0.75rem;
  }
  fieldset.group {
    margin-block-end: 1.5rem;
  }
  /* A text in each of its languages, side by side where there is room, one under the other on a phone. */
  .by-language {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
    gap: 0 1.5rem;
  }
  .languages-list {
    list-style: none;
    padding: 0;
    margin: 0 0 1rem;
  }
  .languages-list li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-block-end: 0.5rem;
  }
  .languages .label {
    font-weight: 700;
    margin-block-end: 0.5rem;
  }
  .add-language .inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  fieldset.group > legend {
    font-size: 1.1rem;
  }
  fieldset.group.invalid {
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: 0.75rem;
  }
  input[type='number'] {
    max-inline-size: 12rem;
  }
  input[type='datetime-local'] {
    max-inline-size: 20rem;
  }
  textarea {
    min-block-size: 6rem;
  }
  textarea.long {
    min-block-size: 14rem;
  }
  .sections > section {
    margin-block-end: 2.5rem;
  }
  @media (max-width: 40rem) {
    .row-fields {
      grid-template-columns: 1fr;
    }
  }
`;
