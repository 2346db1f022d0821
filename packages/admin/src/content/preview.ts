import { LitElement, type PropertyValues, type TemplateResult, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocaleController, registerLocale } from '@civic-widgets/elements';
import { type ContentMessageKey, contentMessages } from '../i18n/content.js';
import { WIDGET_LANGUAGES } from './languages.js';
import { PreviewAdapter, PreviewError } from '../preview-adapter.js';
import { consoleStyles } from '../styles.js';
import type { Kind } from './model.js';

/** The define modules, loaded the first time a preview of that kind is shown. */
const DEFINE: Record<Kind, () => Promise<unknown>> = {
  polls: () => import('@civic-widgets/elements/poll.js'),
  threads: () => import('@civic-widgets/elements/comments.js'),
  petitions: () => import('@civic-widgets/elements/petition.js'),
  services: () => import('@civic-widgets/elements/rating.js'),
};

/*
 * On this page the only widgets are previews, whose writes all fail with a
 * PreviewError (code `unauthorised`): the widgets' own message for that code
 * says so, in each language the console speaks, instead of "This site is not
 * allowed" (registerLocale is how any site changes a widget string).
 */
const PREVIEW_MESSAGE: Record<string, string> = {
  en: 'This is a preview: nothing is sent or counted.',
  fr: 'Ceci est un aperçu : rien n’est envoyé ni compté.',
  es: 'Esto es una vista previa: no se envía ni se cuenta nada.',
  ar: 'هذه معاينة: لا يُرسَل أي شيء ولا يُحتسَب.',
};
for (const [lang, message] of Object.entries(PREVIEW_MESSAGE)) registerLocale(lang, { 'error.unauthorised': message });

interface Theme {
  primary: string;
  dark: boolean;
}

const LIGHT = {
  '--civic-color-text': '#1f2937',
  '--civic-color-muted': '#4b5563',
  '--civic-color-surface': '#ffffff',
  '--civic-color-border': '#6b7280',
  '--civic-color-error': '#b91c1c',
  '--civic-color-success': '#15803d',
};
const DARK = {
  '--civic-color-text': '#e5e7eb',
  '--civic-color-muted': '#cbd5e1',
  '--civic-color-surface': '#111827',
  '--civic-color-border': '#9ca3af',
  '--civic-color-error': '#fca5a5',
  '--civic-color-success': '#86efac',
};
const DEFAULT_PRIMARY = { light: '#1d4ed8', dark: '#93c5fd' };

/** WCAG relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `#rrggbb` colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * `<civic-console-preview>`: the real widget for a saved resource, as a
 * citizen who has not taken part yet sees it (drafts too), through a
 * read-only `PreviewAdapter`; with the widget's language and a theme (main
 * colour, light or dark page) to try. A new `version` reloads it after a save.
 */
export class ConsolePreview extends LitElement {
  static override styles = [
    consoleStyles,
    css`
      .controls {
        display: flex;
        flex-wrap: wrap;
        gap: 0 1.5rem;
        align-items: start;
      }
      .controls > * {
        flex: 0 1 auto;
      }
      .controls select {
        inline-size: auto;
      }
      .controls input[type='color'] {
        inline-size: 4rem;
        block-size: 2.75rem;
        padding: 0.2rem;
        border: 2px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      .choices {
        display: flex;
        gap: 0 1rem;
      }
      .stage {
        border: 2px dashed var(--_border);
        border-radius: var(--_radius);
        padding: 1rem;
        background: var(--civic-color-surface);
        color: var(--civic-color-text);
      }
      .stage > * {
        display: block;
      }
    `,
  ];

  @property() kind: Kind = 'polls';
  @property({ attribute: 'resource-id' }) resourceId = '';
  /** Changed by the page after each save: the preview reads the resource again. */
  @property({ type: Number }) version = 0;
  /** The resource is not open to citizens (a draft or not yet open). */
  @property({ type: Boolean, attribute: 'not-public' }) notPublic = false;
  /** Another read-only adapter, e.g. one showing a petition with its draft response; a new one reloads the widget. */
  @property({ attribute: false }) adapter: PreviewAdapter | null = null;

  @state() private widgetLang = 'en';
  @state() private theme: Theme = { primary: DEFAULT_PRIMARY.light, dark: false };
  @state() private ready: Kind | null = null;
  @state() private failed: string | null = null;
  @state() private blocked = false;
  #adapter = new PreviewAdapter();
  #colourTouched = false;

  readonly #locale = new LocaleController<ContentMessageKey>(this, contentMessages);

  #t(key: ContentMessageKey, params?: Record<string, string | number>): string {
    return this.#locale.i18n.t(key, params);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The widget starts in the console's language, as tagged (pt-BR stays Brazilian, zh-Hant Traditional):
    // the widgets speak every language the console does.
    this.widgetLang = document.documentElement.lang || 'en';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('version') || changed.has('resourceId')) {
      this.#adapter = new PreviewAdapter();
      this.blocked = false;
    }
    if (changed.has('kind') && this.ready !== this.kind) this.#define(this.kind);
  }

  protected override updated(): void {
    // Custom properties through the CSSOM: the console's CSP allows no style attributes.
    const stage = this.renderRoot.querySelector<HTMLElement>('.stage');
    if (!stage) return;
    const { primary, dark } = this.theme;
    const tokens: Record<string, string> = {
      ...(dark ? DARK : LIGHT),
      '--civic-color-primary': primary,
      '--civic-color-on-primary': contrast(primary, '#ffffff') >= contrast(primary, '#0b1220') ? '#ffffff' : '#0b1220',
    };
    for (const [name, value] of Object.entries(tokens)) stage.style.setProperty(name, value);
    // Native controls (checkboxes, selects) follow the page tried, not the console's own scheme.
    stage.style.setProperty('color-scheme', dark ? 'dark' : 'light');
  }

  #define(kind: Kind): void {
    this.failed = null;
    DEFINE[kind]()
      .then(() => {
        if (this.kind === kind) this.ready = kind;
      })
      .catch((error: unknown) => (this.failed = error instanceof Error ? error.message : String(error)));
  }

  override render(): TemplateResult {
    const surface = this.theme.dark ? DARK['--civic-color-surface'] : LIGHT['--civic-color-surface'];
    const ratio = contrast(this.theme.primary, surface);
    return html`<p>${this.#t('preview.intro')} ${this.#t('preview.readOnly')}</p>
      ${this.notPublic ? html`<p class="warning-text">${this.#t('preview.draft')}</p>` : nothing}
      <fieldset>
        <legend class="visually-hidden">${this.#t('preview.controls')}</legend>
        <div class="controls">
          <div class="field">
            <label for="preview-lang">${this.#t('preview.language')}</label>
            <select id="preview-lang" @change=${(e: Event) => (this.widgetLang = (e.target as HTMLSelectElement).value)}>
              ${WIDGET_LANGUAGES.map(
                (l) => html`<option value=${l.tag} lang=${l.tag} ?selected=${l.tag === this.widgetLang}>${l.name}</option>`,
              )}
            </select>
          </div>
          <div class="field">
            <label for="preview-colour">${this.#t('preview.colour')}</label>
            <span class="hint" id="preview-colour-hint">${this.#t('preview.colourHint')}</span>
            <input
              id="preview-colour"
              type="color"
              .value=${this.theme.primary}
              aria-describedby="preview-colour-hint${ratio < 4.5 ? ' preview-contrast' : ''}"
              @input=${(e: Event) => {
                this.#colourTouched = true;
                this.theme = { ...this.theme, primary: (e.target as HTMLInputElement).value };
              }}
            />
          </div>
          <fieldset class="field">
            <legend>${this.#t('preview.background')}</legend>
            <div class="choices">
              ${([false, true] as const).map(
                (dark) =>
                  html`<div class="choice">
                    <input
                      type="radio"
                      name="preview-background"
                      id="preview-bg-${dark ? 'dark' : 'light'}"
                      .checked=${this.theme.dark === dark}
                      @change=${() => this.#setDark(dark)}
                    />
                    <label for="preview-bg-${dark ? 'dark' : 'light'}">${this.#t(dark ? 'preview.dark' : 'preview.light')}</label>
                  </div>`,
              )}
            </div>
          </fieldset>
        </div>
        ${
          ratio < 4.5
            ? html`<p class="warning-text" id="preview-contrast">
                ${this.#t('preview.contrast', { ratio: (Math.floor(ratio * 10) / 10).toFixed(1) })}
              </p>`
            : nothing
        }
      </fieldset>
      <div role="status">${this.blocked ? html`<p class="notice">${this.#t('preview.blocked')}</p>` : nothing}</div>
      <div class="stage" role="region" aria-label=${this.#t('preview.region')} @civic-error=${this.#onError}>
        ${this.#widget()}
      </div>`;
  }

  #setDark(dark: boolean): void {
    // The default colour follows the background; a colour someone chose stays (with a contrast warning if needed).
    const primary = this.#colourTouched ? this.theme.primary : dark ? DEFAULT_PRIMARY.dark : DEFAULT_PRIMARY.light;
    this.theme = { primary, dark };
  }

  readonly #onError = (event: Event) => {
    const { error } = (event as CustomEvent<{ error: unknown }>).detail;
    if (error instanceof PreviewError) this.blocked = true;
  };

  #widget(): TemplateResult {
    if (this.failed) return html`<p role="alert">${this.#t('preview.failed', { detail: this.failed })}</p>`;
    if (this.ready !== this.kind || !this.resourceId) return html`<p>${this.#t('preview.loading')}</p>`;
    const id = this.resourceId;
    const adapter = this.adapter ?? this.#adapter;
    // heading-level 3: the widget's heading sits under this section's h2.
    switch (this.kind) {
      case 'polls':
        return html`<civic-poll poll-id=${id} lang=${this.widgetLang} heading-level="3" .adapter=${adapter}></civic-poll>`;
      case 'threads':
        return html`<civic-comments
          thread-id=${id}
          lang=${this.widgetLang}
          heading-level="3"
          .adapter=${adapter}
        ></civic-comments>`;
      case 'petitions':
        return html`<civic-petition
          petition-id=${id}
          lang=${this.widgetLang}
          heading-level="3"
          .adapter=${adapter}
        ></civic-petition>`;
      case 'services':
        return html`<civic-rating service-id=${id} lang=${this.widgetLang} .adapter=${adapter}></civic-rating>`;
    }
  }
}

customElements.define('civic-console-preview', ConsolePreview);
