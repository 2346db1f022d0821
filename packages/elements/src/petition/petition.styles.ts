import { css } from 'lit';

export const petitionStyles = css`
  .title {
    font-size: var(--civic-petition-title-size, 1.25em);
    font-weight: 700;
    line-height: 1.3;
    margin-block: 0 0.5rem;
  }
  .muted {
    color: var(--_muted);
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
  .track {
    position: relative;
    block-size: 1rem;
    margin-block: 0.5rem;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_text) 12%, transparent);
  }
  .fill {
    block-size: 100%;
    max-inline-size: 100%;
    border-radius: inherit;
    background: var(--civic-bar-color, var(--_primary));
    transition: inline-size 0.4s ease;
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
    margin: 0;
    flex: none;
    accent-color: var(--_primary);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
    margin-block: 1rem;
  }
  @media (forced-colors: active) {
    .fill {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .track {
      border: 1px solid CanvasText;
    }
  }
`;
