import { css } from 'lit';

/**
 * Radios and checkboxes for polls, petitions and ratings (not the runtime:
 * comments have none): native controls, which follow forced colours and dark
 * schemes by themselves, drawn at GOV.UK's 40 px, with the focus ring around
 * the whole choice, box and label. Label text sits in `.choice-label`, which
 * keeps the widget's alignment however the text inside it runs.
 */
export const choiceStyles = css`
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  .choice {
    display: flex;
    gap: 0.75rem;
    margin-block-end: 0.5rem;
    cursor: pointer;
  }
  .choice input {
    flex: none;
    inline-size: 2.5rem;
    block-size: 2.5rem;
    margin: 0;
    accent-color: var(--_primary);
    cursor: inherit;
  }
  .choice-label {
    padding-block: 0.45rem;
    text-align: start;
  }
  .choice:has(:disabled) {
    cursor: not-allowed;
    opacity: 0.7;
  }
  .choice:has(:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`;
