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
  /* The figures may wrap: "0 % · keine Stimmen" is wider than a 320 px phone at 200 % text. */
  .figures {
    font-variant-numeric: tabular-nums;
  }
  /*
   * Bars are native progress elements (value 0–1): no style attribute (CSP), right to left by
   * themselves. The track's edge is drawn at 3:1 (a graphical object); an empty bar shows no fill.
   */
  progress {
    appearance: none;
    display: block;
    inline-size: 100%;
    block-size: 0.75rem;
    margin-block-start: 0.25rem;
    color: var(--civic-bar-color, var(--_primary));
    background: none;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  ::-webkit-progress-bar {
    background: none;
  }
  ::-webkit-progress-value {
    background: currentColor;
  }
  ::-moz-progress-bar {
    background: currentColor;
  }
  .mine progress {
    color: var(--civic-bar-color-mine, var(--_success));
  }
  .mine-label {
    font-weight: 700;
    /* A margin, not a space: bundles minify whitespace at template edges. */
    margin-inline-start: 0.35em;
  }
  @media (forced-colors: active) {
    progress {
      forced-color-adjust: none;
      color: CanvasText;
      border-color: CanvasText;
    }
  }
`;
