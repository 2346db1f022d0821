import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MessageKey } from '../i18n/catalogues/en.js';
import { commonMessages } from '../i18n/common.js';
import type { Message } from '../i18n/messages.js';
import {
  type MessageBundle,
  isRtl,
  loadMessages,
  loadedMessages,
  registeredMessages,
  shippedLanguage,
} from '../i18n/registry.js';
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
const controllers = new Set<LocaleController<string>>();
let observer: MutationObserver | null = null;

function watchLang(controller: LocaleController<string>): void {
  controllers.add(controller);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => controllers.forEach((c) => c.refresh()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unwatchLang(controller: LocaleController<string>): void {
  controllers.delete(controller);
  if (controllers.size === 0) {
    observer?.disconnect();
    observer = null;
  }
}

/** The tag for formatting, canonical (`en-gb` → `en-GB`); one `Intl` cannot read is English. */
function formatTag(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0]!;
  } catch {
    return 'en';
  }
}

/**
 * Gives a widget its language: the translator (`t`, numbers, dates, plurals)
 * over the shared messages and the widget's own bundle, the text direction,
 * and a re-render when the language changes. Languages other than English
 * load on demand; `ready` is false until then.
 */
export class LocaleController<K extends string = never> implements ReactiveController {
  readonly #bundles: MessageBundle[];
  #translator: Translator<MessageKey | K>;
  #lang = '';
  #ready = true;

  constructor(
    private readonly host: Host,
    bundle?: MessageBundle<K>,
  ) {
    this.#bundles = bundle ? [commonMessages, bundle as MessageBundle] : [commonMessages];
    this.#translator = new Translator('en', this.#merge('en', []));
    host.addController(this);
  }

  /** The translator for the current language. */
  get i18n(): Translator<MessageKey | K> {
    return this.#translator;
  }

  /** The BCP 47 tag in force, as found on the page. */
  get lang(): string {
    return this.#translator.lang;
  }

  get dir(): 'ltr' | 'rtl' {
    return isRtl(this.#translator.lang) ? 'rtl' : 'ltr';
  }

  /** False while the messages for the page's language are loading. */
  get ready(): boolean {
    return this.#ready;
  }

  hostConnected(): void {
    watchLang(this as LocaleController<string>);
    this.refresh();
  }

  hostDisconnected(): void {
    unwatchLang(this as LocaleController<string>);
  }

  /** Re-reads the language from the page; call after changing `lang` on the host. */
  refresh(): void {
    const tag = resolveLang(this.host, configuredLang());
    if (tag === this.#lang) return;
    this.#lang = tag;
    const shipped = shippedLanguage(tag);
    const ready = this.#bundles.map((b) => loadedMessages(b, shipped));
    if (ready.every((m) => m !== undefined)) {
      this.#use(tag, this.#merge(tag, ready as Readonly<Record<string, Message>>[]));
      return;
    }
    this.#ready = false;
    void Promise.all(this.#bundles.map((b) => loadMessages(b, shipped))).then((all) => {
      if (this.#lang === tag) this.#use(tag, this.#merge(tag, all));
    });
  }

  /** English underneath (a string a translation lacks), then the shipped language's bundles, then what the site registered. */
  #merge(tag: string, messages: Readonly<Record<string, Message>>[]): Record<string, Message> {
    return Object.assign({}, ...this.#bundles.map((b) => b.en), ...messages, registeredMessages(tag));
  }

  #use(tag: string, messages: Record<string, Message>): void {
    this.#translator = new Translator(formatTag(tag), messages);
    this.#ready = true;
    this.host.requestUpdate();
  }
}
