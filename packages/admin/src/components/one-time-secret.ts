import { LitElement, css, html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consoleStyles } from '../styles.js';

/**
 * `<civic-console-secret>`: something the server shows only once (a set-up
 * link, an API token), as read-only text to select, with a copy button that
 * says in a status message whether it copied. Its words come from the view
 * that uses it (its own bundle), so it speaks the console's language.
 */
export class ConsoleSecret extends LitElement {
  static override styles = [
    consoleStyles,
    css`
      textarea {
        resize: none;
        word-break: break-all;
        font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
        font-size: 0.95rem;
      }
      .actions {
        margin: 0.75rem 0 0;
      }
      [role='status'] {
        margin: 0;
        font-weight: 600;
      }
    `,
  ];

  /** The label of the text (e.g. "Set-up link for Sam"). */
  @property() label = '';
  @property() value = '';
  @property({ attribute: 'copy-label' }) copyLabel = 'Copy';
  @property({ attribute: 'copied-label' }) copiedLabel = 'Copied';
  /** Said when the browser did not let the page copy (the text is selected instead). */
  @property({ attribute: 'failed-label' }) failedLabel = 'Select the text and copy it';
  @state() private copied: boolean | null = null;

  override render(): TemplateResult {
    return html`<label for="secret">${this.label}</label>
      <textarea
        id="secret"
        readonly
        rows="3"
        dir="ltr"
        spellcheck="false"
        autocomplete="off"
        .value=${this.value}
        @focus=${(e: Event) => (e.target as HTMLTextAreaElement).select()}
      ></textarea>
      <div class="actions">
        <button type="button" class="secondary" @click=${this.#copy}>${this.copyLabel}</button>
        <p role="status">${this.copied === true ? this.copiedLabel : this.copied === false ? this.failedLabel : ''}</p>
      </div>`;
  }

  /** Focuses (and selects) the text, e.g. once it has just appeared. */
  override focus(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector('textarea')?.focus());
  }

  async #copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.value);
      this.copied = true;
    } catch {
      this.copied = false;
      this.renderRoot.querySelector('textarea')?.select();
    }
  }
}

customElements.define('civic-console-secret', ConsoleSecret);
