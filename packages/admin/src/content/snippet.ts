import { LitElement, type TemplateResult, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocaleController } from '@civic-widgets/elements';
import { type ContentMessageKey, contentMessages } from '../i18n/content.js';
import { href } from '../router.js';
import { consoleStyles } from '../styles.js';
import { type Kind, embedSnippet } from './model.js';

/**
 * `<civic-console-snippet>`: the code that puts a resource on a page — the
 * one script tag and the element — with a "Copy code" button. Without
 * clipboard access (an insecure page, a refused permission) the code is
 * selected instead and the message says how to copy it.
 */
export class ConsoleSnippet extends LitElement {
  static override styles = [consoleStyles];

  @property() kind: Kind = 'polls';
  @property({ attribute: 'resource-id' }) resourceId = '';
  @state() private status = '';

  readonly #locale = new LocaleController<ContentMessageKey>(this, contentMessages);

  #t(key: ContentMessageKey): string {
    return this.#locale.i18n.t(key);
  }

  get code(): string {
    return embedSnippet(this.kind, this.resourceId, location.origin);
  }

  override render(): TemplateResult {
    return html`<p>${this.#t('embed.intro')}</p>
      <pre id="embed-code" dir="ltr"><code>${this.code}</code></pre>
      <div class="actions">
        <button type="button" class="secondary" @click=${this.#copy}>${this.#t('embed.copy')}</button>
      </div>
      <div role="status">${this.status ? html`<p class="notice">${this.status}</p>` : ''}</div>
      <p>${this.#t('embed.lang')}</p>
      <p>${this.#t('embed.sites')} <a href=${href('sites')}>${this.#t('embed.sitesLink')}</a>.</p>`;
  }

  async #copy(): Promise<void> {
    this.status = '';
    await this.updateComplete;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(this.code);
      this.status = this.#t('embed.copied');
    } catch {
      const code = this.renderRoot.querySelector('#embed-code');
      const selection = window.getSelection();
      if (code && selection) selection.selectAllChildren(code);
      this.status = this.#t('embed.select');
    }
  }
}

customElements.define('civic-console-snippet', ConsoleSnippet);
