import { css } from 'lit';

/**
 * Theme tokens and shared styles. Every widget reads `--civic-*` custom
 * properties with contrast-safe fallbacks (text and controls ≥ 4.5:1 on
 * white), inherits the host page's font, and switches to system colours in
 * forced-colors mode.
 *
 * Global tokens: `--civic-color-primary`, `--civic-color-on-primary`,
 * `--civic-color-text`, `--civic-color-muted`, `--civic-color-surface`,
 * `--civic-color-border`, `--civic-color-error`, `--civic-color-success`,
 * `--civic-color-focus`, `--civic-radius`, `--civic-space`, `--civic-font-size`.
 */
export const baseStyles = css`
  :host {
    --_primary: var(--civic-color-primary, #1d4ed8);
    --_on-primary: var(--civic-color-on-primary, #ffffff);
    --_text: var(--civic-color-text, #1f2937);
    --_muted: var(--civic-color-muted, #4b5563);
    --_surface: var(--civic-color-surface, #ffffff);
    --_border: var(--civic-color-border, #6b7280);
    --_error: var(--civic-color-error, #b91c1c);
    --_success: var(--civic-color-success, #15803d);
    --_focus: var(--civic-color-focus, #f59e0b);
    --_radius: var(--civic-radius, 0.375rem);
    --_space: var(--civic-space, 1rem);
    display: block;
    box-sizing: border-box;
    max-inline-size: 100%;
    color: var(--_text);
    font-family: inherit;
    font-size: var(--civic-font-size, inherit);
    line-height: 1.5;
    /* A long word or address wraps rather than widen the widget (320 px, 200 % text). */
    overflow-wrap: anywhere;
    /* Space kept from the moment the element is upgraded, before its first render. */
    min-block-size: var(--civic-min-height, 8rem);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .root {
    background: var(--_surface);
  }
  /* Read, not seen (used on spans and plain blocks: no padding or border to undo). */
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  button {
    font: inherit;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: 0.5rem 1rem;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  button.primary {
    background: var(--_primary);
    color: var(--_on-primary);
    border: 2px solid var(--_primary);
  }
  button.secondary {
    background: transparent;
    color: var(--_primary);
    border: 2px solid currentColor;
  }
  button:disabled,
  button[aria-disabled='true'] {
    cursor: not-allowed;
  }
  button:disabled {
    opacity: 0.6;
  }
  /* Not ready yet (the reason is written beside it): outlined, at full contrast, never faded. */
  button.primary[aria-disabled='true'] {
    background: var(--_surface);
    color: var(--_primary);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--_text);
  }
  .loading {
    display: grid;
    gap: 0.75rem;
    padding-block: var(--_space);
  }
  /* Three grey lines, empty (nothing for assistive technology to read). */
  .loading i {
    block-size: 1rem;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_text) 12%, transparent);
  }
  .loading i:last-child {
    inline-size: 60%;
  }
  .notice {
    margin-block: 0 1rem;
    padding: 0.75rem 1rem;
    border-inline-start: 0.3rem solid var(--_success);
    background: color-mix(in srgb, var(--_success) 8%, var(--_surface));
  }
  /* Notices take focus to be read out; only keyboard users need to see where it went. */
  .notice:focus:not(:focus-visible) {
    outline: none;
  }
  .error {
    padding: var(--_space);
    border-inline-start: 0.3rem solid var(--_error);
    background: color-mix(in srgb, var(--_error) 6%, var(--_surface));
  }
  .error p {
    margin-block: 0 0.75rem;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    button.primary {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
      border-color: ButtonText;
    }
    .loading i {
      background: GrayText;
    }
    .error,
    .notice {
      border-inline-start-color: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
