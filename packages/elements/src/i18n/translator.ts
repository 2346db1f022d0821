import type { Message } from './messages.js';

export type Params = Record<string, string | number>;

/**
 * Intl formatters are costly to create (each loads locale data: tens of
 * milliseconds on a slow phone), so they are made on first use and shared by
 * every widget in the same language.
 */
const formatters = new Map<string, unknown>();
export function sharedFormatter<T>(key: string, create: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (formatter === undefined) formatters.set(key, (formatter = create()));
  return formatter;
}

/**
 * Messages, numbers, dates and plurals for one language, all through `Intl`
 * so digits, separators and calendars follow the citizen's locale.
 */
export class Translator<K extends string = string> {
  constructor(
    /** The BCP 47 tag used for formatting (e.g. `fr-CA`), which may be more specific than the catalogue's. */
    readonly lang: string,
    /** Messages by key, the language's over English's. */
    readonly messages: Readonly<Record<string, Message>>,
  ) {}

  #number(): Intl.NumberFormat {
    return sharedFormatter(`n ${this.lang}`, () => new Intl.NumberFormat(this.lang));
  }

  /** The message for `key` with `{placeholders}` filled in; numbers are formatted. */
  t(key: K, params: Params = {}): string {
    return this.format(this.messages[key], params);
  }

  /** Formats a message given directly. */
  format(message: Message | undefined, params: Params = {}): string {
    if (message === undefined) return '';
    let text: string;
    if (typeof message === 'string') {
      text = message;
    } else {
      const count = Number(params['count'] ?? 0);
      const plural = sharedFormatter(`p ${this.lang}`, () => new Intl.PluralRules(this.lang));
      text = (count === 0 ? message['=0'] : undefined) ?? message[plural.select(count)] ?? message.other;
    }
    return text.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = params[name];
      if (value === undefined) return `{${name}}`;
      return typeof value === 'number' ? this.#number().format(value) : value;
    });
  }

  number(value: number): string {
    return this.#number().format(value);
  }

  /** `ratio` from 0 to 1, shown as a whole percentage. */
  percent(ratio: number): string {
    const percent = sharedFormatter(
      `% ${this.lang}`,
      () => new Intl.NumberFormat(this.lang, { style: 'percent', maximumFractionDigits: 0 }),
    );
    return percent.format(ratio);
  }

  /** A date (and time) in the citizen's locale and time zone. */
  date(iso: string | Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short' }): string {
    const format = sharedFormatter(
      `d ${this.lang} ${JSON.stringify(options)}`,
      () => new Intl.DateTimeFormat(this.lang, options),
    );
    return format.format(typeof iso === 'string' ? new Date(iso) : iso);
  }
}
