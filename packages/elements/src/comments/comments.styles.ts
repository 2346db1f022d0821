import { css } from 'lit';

export const commentsStyles = css`
  .title {
    font-size: var(--civic-comments-title-size, 1.25em);
    font-weight: 700;
    margin-block: 0 0.25rem;
  }
  .summary,
  .meta {
    color: var(--_muted);
    margin-block: 0 1rem;
  }
  .meta {
    margin: 0;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-block: 1rem;
  }
  .toolbar label {
    font-weight: 700;
  }
  ul.list,
  ul.replies {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  ul.replies {
    margin-block-start: 0.75rem;
    padding-inline-start: var(--civic-comments-indent, 1rem);
    border-inline-start: 2px solid color-mix(in srgb, var(--_text) 20%, transparent);
  }
  article {
    padding-block: 0.75rem;
    border-block-end: 1px solid color-mix(in srgb, var(--_text) 15%, transparent);
  }
  article:focus {
    outline: none;
  }
  article:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .author {
    font-weight: 700;
  }
  .badge {
    display: inline-block;
    margin-inline-start: 0.5rem;
    padding-inline: 0.4rem;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-size: 0.875em;
  }
  .body {
    margin-block: 0.5rem;
  }
  .body a {
    color: var(--_primary);
  }
  .actions {
    gap: 0 1.5rem;
  }
  .actions button[aria-pressed='true'] {
    border-color: var(--_primary);
    text-decoration: none;
    font-weight: 700;
  }
  form {
    margin-block: 0.75rem 1rem;
  }
  .form-title {
    font-weight: 700;
    margin-block: 0 0.5rem;
  }
  article .notice,
  article .error {
    margin-block: 0.5rem 0;
  }
  @media (forced-colors: active) {
    .actions button[aria-pressed='true'] {
      outline: 2px solid Highlight;
    }
  }
`;
