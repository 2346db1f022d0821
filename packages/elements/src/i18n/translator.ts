import type { Message } from './messages.js';

export type Params = Record<string, string | number>;

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/**
 * Messages, numbers, dates and plurals for one language, all through `Intl`
 * so digits, separators and calendars follow the citizen's locale.
 */
export class Translator<K extends string = string> {
  readonly #plural: Intl.PluralRules;
  readonly #number: Intl.NumberFormat;
  readonly #percent: Intl.NumberFormat;
  readonly #relative: Intl.RelativeTimeFormat;

  constructor(
    /** The BCP 47 tag used for formatting (e.g. `fr-CA`), which may be more specific than the catalogue's. */
    readonly lang: string,
    /** Messages by key, the language's over English's. */
    readonly messages: Readonly<Record<string, Message>>,
  ) {
    this.#plural = new Intl.PluralRules(lang);
    this.#number = new Intl.NumberFormat(lang);
    this.#percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
    this.#relative = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
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
      text = (count === 0 ? message['=0'] : undefined) ?? message[this.#plural.select(count)] ?? message.other;
    }
    return text.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = params[name];
      if (value === undefined) return `{${name}}`;
      return typeof value === 'number' ? this.#number.format(value) : value;
    });
  }

  number(value: number): string {
    return this.#number.format(value);
  }

  /** `ratio` from 0 to 1, shown as a whole percentage. */
  percent(ratio: number): string {
    return this.#percent.format(ratio);
  }

  /** A date (and time) in the citizen's locale and time zone. */
  date(iso: string | Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short' }): string {
    return new Intl.DateTimeFormat(this.lang, options).format(typeof iso === 'string' ? new Date(iso) : iso);
  }

  /** "in 3 days", "2 hours ago"; under a minute it says "less than a minute ago". */
  relative(iso: string | Date, now: Date = new Date()): string {
    const diff = (typeof iso === 'string' ? Date.parse(iso) : iso.getTime()) - now.getTime();
    for (const [unit, ms] of RELATIVE_UNITS) {
      if (Math.abs(diff) >= ms) return this.#relative.format(Math.round(diff / ms), unit);
    }
    return this.format(this.messages['time.relative-past']);
  }
}
