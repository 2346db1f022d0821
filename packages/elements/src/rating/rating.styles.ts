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
    display: inline-flex;
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
    color: var(--civic-rating-star-color, #b45309);
  }
  .star input,
  .point input {
    position: absolute;
    opacity: 0;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    cursor: pointer;
  }
  .star:has(input:focus-visible),
  .point:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .points {
    display: grid;
    gap: 0.5rem;
  }
  .point {
    position: relative;
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2.75rem;
    padding-inline: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .point.on {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 2px var(--_primary);
    font-weight: 700;
  }
  .checks {
    display: grid;
    gap: 0.5rem;
    margin-block: 0.5rem 1rem;
  }
  .checks label {
    display: flex;
    gap: 0.75rem;
    align-items: center;
    min-block-size: 2.75rem;
  }
  .aggregate {
    margin-block: 0.75rem 0;
  }
  @media (forced-colors: active) {
    .star.on,
    .point.on {
      forced-color-adjust: none;
      color: Highlight;
      border-color: Highlight;
    }
  }
`;
