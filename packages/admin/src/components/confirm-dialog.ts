import { LitElement, css, html, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { consoleStyles } from '../styles.js';

/**
 * `<civic-console-confirm>`: asks before something hard to undo (disabling an
 * account, revoking a token). A native modal `<dialog>`: focus stays inside,
 * Escape cancels, and focus returns to the button that opened it. The
 * question is the element's content; the words come from the view's bundle.
 *
 *   const ok = await this.confirmDialog.ask();
 */
export class ConsoleConfirm extends LitElement {
  static override styles = [
    consoleStyles,
    css`
      dialog {
        max-inline-size: min(34rem, calc(100vw - 2rem));
        padding: 1.5rem;
        border: 2px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
        color: var(--_text);
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.5);
      }
      h2 {
        margin-block-start: 0;
      }
      .actions {
        margin-block-end: 0;
      }
    `,
  ];

  @property() heading = '';
  @property({ attribute: 'confirm-label' }) confirmLabel = '';
  @property({ attribute: 'cancel-label' }) cancelLabel = '';
  /** The confirm button in the warning colour (for actions that take something away). */
  @property({ type: Boolean }) warning = false;
  @query('dialog') private dialog!: HTMLDialogElement;
  #resolve: ((ok: boolean) => void) | null = null;

  /** Opens the dialog; true when the person confirmed. */
  async ask(): Promise<boolean> {
    await this.updateComplete;
    this.#resolve?.(false);
    this.dialog.returnValue = '';
    this.dialog.showModal();
    return new Promise((resolve) => (this.#resolve = resolve));
  }

  override render(): TemplateResult {
    return html`<dialog aria-labelledby="heading" aria-describedby="body" @close=${this.#closed}>
      <h2 id="heading">${this.heading}</h2>
      <div id="body"><slot></slot></div>
      <form method="dialog" class="actions">
        <button value="confirm" class=${this.warning ? 'warning' : ''}>${this.confirmLabel}</button>
        <button value="cancel" class="secondary" autofocus>${this.cancelLabel}</button>
      </form>
    </dialog>`;
  }

  #closed(): void {
    const resolve = this.#resolve;
    this.#resolve = null;
    resolve?.(this.dialog.returnValue === 'confirm');
  }
}

customElements.define('civic-console-confirm', ConsoleConfirm);
