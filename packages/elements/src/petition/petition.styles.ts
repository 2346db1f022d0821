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
  progress {
    block-size: 1rem;
    margin-block: 0.5rem;
  }
  .milestones {
    margin-block: 0.5rem 1rem;
    padding-inline-start: 1.25rem;
  }
  .milestones .done {
    font-weight: 700;
  }
  .reached {
    margin-inline-start: 0.35em;
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
  .actions {
    margin-block: 1rem;
  }
`;
