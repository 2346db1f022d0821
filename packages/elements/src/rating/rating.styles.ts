import { css } from 'lit';

export const ratingStyles = css`
  :host {
    min-block-size: var(--civic-min-height, 4rem);
  }
  .question {
    font-weight: 700;
    margin-block: 0 0.5rem;
    padding: 0;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  .stars {
    display: flex;
    flex-wrap: wrap;
    gap: 0.125rem;
  }
  .star {
    position: relative;
    display: inline-grid;
    place-items: center;
    inline-size: 2.75rem;
    block-size: 2.75rem;
    font-size: 1.75rem;
    line-height: 1;
    color: var(--_border);
    cursor: pointer;
  }
  .star.on {
    color: var(--civic-rating-star-color, light-dark(#b45309, #fbbf24));
  }
  .star input {
    position: absolute;
    opacity: 0;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    cursor: pointer;
  }
  .star:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* Space between the last choice and the button below. */
  .points,
  .checks {
    margin-block: 0.5rem 1rem;
  }
  .aggregate {
    margin-block: 0.75rem 0;
  }
  @media (forced-colors: active) {
    .star.on {
      forced-color-adjust: none;
      color: Highlight;
    }
  }
`;
