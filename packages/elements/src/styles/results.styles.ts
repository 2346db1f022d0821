import { css } from 'lit';

/**
 * Result bars shared by polls and ratings: the figures are always in text;
 * the bar repeats them visually and is hidden from assistive technology.
 */
export const resultsStyles = css`
  .results ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .result-text {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25rem 1rem;
  }
  .figures {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .bar {
    block-size: 0.75rem;
    margin-block-start: 0.25rem;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_text) 12%, transparent);
    overflow: hidden;
  }
  .fill {
    block-size: 100%;
    min-inline-size: 2px;
    background: var(--civic-bar-color, var(--_primary));
    border-radius: inherit;
    transition: inline-size 0.4s ease;
  }
  .mine .fill {
    background: var(--civic-bar-color-mine, var(--_success));
  }
  .mine-label {
    font-weight: 700;
    /* A margin, not a space: bundles minify whitespace at template edges. */
    margin-inline-start: 0.35em;
  }
  @media (forced-colors: active) {
    .bar {
      border: 1px solid CanvasText;
    }
    .fill {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
`;
