import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Catalogue, en } from '../i18n/catalogues/en.js';
import { isRtl, loadCatalogue, loadedCatalogue, supportedLanguage } from '../i18n/registry.js';
import { Translator } from '../i18n/translator.js';
import { configuredLang } from '../base/config.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The `lang` that applies to an element: its own attribute, then the
 * configured default (`configure({ lang })` or the script tag's `data-lang`),
 * then the nearest ancestor's (across shadow roots), then `<html lang>`.
 */
export function resolveLang(element: Element, configured?: string): string {
  const own = element.getAttribute('lang')?.trim();
  if (own) return own;
  if (configured) return configured;
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const lang = node.getAttribute('lang')?.trim();
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'en';
}

/*
 * One observer for the whole page: a language switcher that changes
 * `<html lang>` or a container's `lang` re-translates every widget.
 */
const controllers = new Set<LocaleController>();
let observer: MutationObserver | null = null;

function watchLang(controller: LocaleController): void {
  controllers.add(controller);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => controllers.forEach((c) => c.refresh()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unwatchLang(controller: LocaleController): void {
  controllers.delete(controller);
  if (controllers.size === 0) {
    observer?.disconnect();
    observer = null;
  }
}

/**
 * Gives a widget its language: the translator (`t`, numbers, dates, plurals),
 * the text direction, and a re-render when the language changes. Catalogues
 * other than English load on demand; `ready` is false until then.
 */
export class LocaleController implements ReactiveController {
  #translator = new Translator('en', en as Catalogue);
  #lang = '';
  #ready = true;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** The translator for the current language. */
  get i18n(): Translator {
    return this.#translator;
  }

  /** The BCP 47 tag in force, as found on the page. */
  get lang(): string {
    return this.#translator.lang;
  }

  get dir(): 'ltr' | 'rtl' {
    return isRtl(this.#translator.lang) ? 'rtl' : 'ltr';
  }

  /** False while the catalogue for the page's language is loading. */
  get ready(): boolean {
    return this.#ready;
  }

  hostConnected(): void {
    watchLang(this);
    this.refresh();
  }

  hostDisconnected(): void {
    unwatchLang(this);
  }

  /** Re-reads the language from the page; call after changing `lang` on the host. */
  refresh(): void {
    const tag = resolveLang(this.host, configuredLang());
    if (tag === this.#lang) return;
    this.#lang = tag;
    const base = supportedLanguage(tag);
    const catalogue = loadedCatalogue(base);
    if (catalogue) {
      this.#use(tag, catalogue);
      return;
    }
    this.#ready = false;
    void loadCatalogue(base).then((loaded) => {
      if (this.#lang === tag) this.#use(tag, loaded);
    });
  }

  #use(tag: string, catalogue: Catalogue): void {
    let formatTag: string;
    try {
      formatTag = Intl.getCanonicalLocales(tag)[0] ?? 'en';
    } catch {
      formatTag = supportedLanguage(tag);
    }
    this.#translator = new Translator(formatTag, catalogue);
    this.#ready = true;
    this.host.requestUpdate();
  }
}
