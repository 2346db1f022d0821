import { css } from 'lit';

/** The frame: masthead, navigation (wrapping on phones), main column. */
export const shellStyles = css`
  :host {
    min-block-size: 100vh;
    background: var(--_surface);
  }
  .skip {
    position: absolute;
    inset-inline-start: 0.5rem;
    inset-block-start: -4rem;
    padding: 0.5rem 1rem;
    background: var(--_focus);
    color: #000;
    z-index: 10;
  }
  .skip:focus {
    inset-block-start: 0.5rem;
  }
  .masthead {
    background: #0b1f3a;
    color: #ffffff;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.75rem 1.5rem;
    max-inline-size: 72rem;
    margin: 0 auto;
    padding: 0.75rem 1rem;
  }
  .brand {
    color: #ffffff;
    font-weight: 700;
    font-size: 1.2rem;
    text-decoration: none;
  }
  .tools {
    min-inline-size: 0;
    max-inline-size: 100%;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem 1rem;
  }
  /* At 320 px and 200 % text the longest language names, and a long name, must not push the page sideways. */
  .tools > * {
    min-inline-size: 0;
    max-inline-size: 100%;
    overflow-wrap: anywhere;
  }
  .language {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    font-weight: normal;
    margin: 0;
  }
  .language select {
    inline-size: auto;
    max-inline-size: 100%;
    min-block-size: 2.25rem;
    padding: 0.2rem 0.4rem;
  }
  button.on-dark {
    color: #ffffff;
    border-color: #ffffff;
  }
  nav {
    border-block-start: 1px solid #31476b;
  }
  nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.25rem;
    max-inline-size: 72rem;
    margin: 0 auto;
    padding: 0 0.5rem;
    list-style: none;
  }
  nav a {
    display: block;
    padding: 0.6rem 0.6rem;
    color: #ffffff;
    text-decoration: none;
    border-block-end: 4px solid transparent;
  }
  nav a:hover {
    text-decoration: underline;
  }
  nav a[aria-current='page'] {
    border-block-end-color: #ffffff;
    font-weight: 700;
  }
  main {
    max-inline-size: 72rem;
    margin: 0 auto;
    padding: 1.5rem 1rem 3rem;
  }
  main:focus {
    outline: none;
  }
  @media (forced-colors: active) {
    .masthead,
    nav a {
      forced-color-adjust: auto;
    }
  }
`;
