import { css } from 'lit';

export const petitionStyles = css`
  .title {
    font-size: var(--civic-petition-title-size, 1.25em);
    font-weight: 700;
    line-height: 1.3;
    margin-block: 0 0.5rem;
  }
  details {
    margin-block: 0 1rem;
  }
  summary {
    cursor: pointer;
    color: var(--_primary);
    text-decoration: underline;
    min-block-size: 1.5rem;
  }
  .body {
    white-space: pre-line;
    margin-block: 0.5rem 0;
  }
  .count {
    font-size: 1.5em;
    font-weight: 700;
    margin-block: 0;
  }
  /* The bar and its fill come from resultsStyles; markers stick out of the track. */
  .track {
    position: relative;
    block-size: 1rem;
    margin-block: 0.5rem;
    overflow: visible;
  }
  .marker {
    position: absolute;
    inset-block: -0.25rem;
    inline-size: 2px;
    background: var(--_text);
  }
  .milestones {
    margin-block: 0.5rem 1rem;
    padding-inline-start: 1.25rem;
  }
  .milestones .done {
    font-weight: 700;
  }
  .response {
    margin-block: 1rem;
    padding: 1rem;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
  }
  .response-title {
    font-weight: 700;
    margin-block: 0 0.5rem;
  }
  .signers {
    padding-inline-start: 1.25rem;
  }
  .summary-box {
    margin-block: 0 1rem;
    padding: 1rem;
    border: 3px solid var(--_error);
  }
  .summary-box a {
    color: var(--_error);
    font-weight: 700;
  }
  .checkbox {
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
    margin-block-end: 1rem;
  }
  .checkbox input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
  }
  .actions {
    margin-block: 1rem;
  }
`;
