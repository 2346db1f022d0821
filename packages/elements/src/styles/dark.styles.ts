import { css } from 'lit';

/**
 * The dark theme, for every widget (it travels with the widgets' shared
 * chunk, not the runtime). It follows the host: dark where the element's
 * used color-scheme is dark, that is when the page says
 * `color-scheme: light dark` and the system is dark, or when a rule sets it
 * on the element (`civic-rating { color-scheme: dark }`). The tokens stay
 * overridable (`--civic-color-*`); browsers without light-dark() keep the
 * light theme. On the dark surface (#111827): text 16:1, muted text and
 * borders 7:1, primary 9.8:1 (and text on it), error 9.3:1, success 12.6:1.
 */
export const darkStyles = css`
  @supports (color: light-dark(red, red)) {
    :host {
      --_primary: var(--civic-color-primary, light-dark(#1d4ed8, #93c5fd));
      --_on-primary: var(--civic-color-on-primary, light-dark(#fff, #111827));
      --_text: var(--civic-color-text, light-dark(#1f2937, #f3f4f6));
      --_muted: var(--civic-color-muted, light-dark(#4b5563, #9ca3af));
      --_surface: var(--civic-color-surface, light-dark(#fff, #111827));
      --_border: var(--civic-color-border, light-dark(#6b7280, #9ca3af));
      --_error: var(--civic-color-error, light-dark(#b91c1c, #fca5a5));
      --_success: var(--civic-color-success, light-dark(#15803d, #86efac));
      --_focus: var(--civic-color-focus, light-dark(#f59e0b, #fbbf24));
    }
  }
`;
