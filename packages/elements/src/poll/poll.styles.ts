import { css } from 'lit';

export const pollStyles = css`
  .question {
    font-size: var(--civic-poll-question-size, 1.25em);
    font-weight: 700;
    line-height: 1.3;
    margin-block: 0 0.5rem;
  }
  .description,
  .timing,
  .hint,
  .reason {
    margin-block: 0 0.75rem;
  }
  .timing,
  .hint,
  .reason,
  .total {
    color: var(--_muted);
  }
  .options {
    display: grid;
    gap: 0.5rem;
    margin-block-end: 1rem;
  }
  /* A choice (choiceStyles) in a tile. */
  .option {
    margin: 0;
    padding: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .option:has(:checked) {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 1px var(--_primary);
  }
  .form-error {
    margin-block: 0 1rem;
    color: var(--_error);
    font-weight: 700;
  }
  .results {
    margin-block: 1rem;
  }
  .results-title {
    font-weight: 700;
    margin-block: 0 0.5rem;
  }
  .preview {
    margin-block: 0 1rem;
    padding-inline-start: 1.25rem;
  }
  @media (forced-colors: active) {
    .option:has(:checked) {
      outline: 2px solid Highlight;
    }
  }
`;
