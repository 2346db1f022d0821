import fc from 'fast-check';
import { validateHeaderValue } from 'node:http';
import * as z from 'zod/mini';

/*
 * Arbitraries for fuzzing the HTTP API: values that fit the route schemas (so
 * requests get past validation and reach the domain), and values well outside
 * them (wrong types, huge and odd Unicode strings, prototype-pollution keys).
 */

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
};

/** Strings that break naive code: NUL, lone surrogates, traversal, markup, numbers as text. */
export const NASTY = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '\ufeff',
  '\u202e',
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  '..',
  '../admin',
  '%',
  '%00',
  '%zz',
  '<script>alert(1)</script>',
  "'; DROP TABLE polls; --",
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  'NaN',
  'Infinity',
  '-1',
  '0',
  '00000001',
  '1e309',
  '2147483648',
  '9999999999',
  '999999999999999',
  '9007199254740993',
  '99999999999999999999',
  '1.5',
  'Ａ',
  'é'.normalize('NFD'),
  '📊🗳️',
  'x'.repeat(65),
  'x'.repeat(300),
];

/** Long values: at, over and far over field limits, and over the 96 KiB body limit once encoded. */
export const HUGE = ['x'.repeat(2_001), 'é'.repeat(20_001), '𝒳'.repeat(30_000), 'y'.repeat(120_000)];

export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE) },
);

/** Any JSON value, often of the wrong type for where it is put. */
export const nastyJson: fc.Arbitrary<unknown> = fc.oneof(
  nastyString,
  fc.constantFrom(0, -1, 1.5, 2 ** 31, 2 ** 53 + 2, -(2 ** 63), 1e308, -0, true, false, null),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.jsonValue({ maxDepth: 2 }),
  fc.array(nastyString, { maxLength: 3 }),
  fc.constantFrom(JSON.parse('{"__proto__":{"polluted":true}}'), JSON.parse('{"constructor":{"prototype":{"polluted":true}}}')),
);

function clampInt(n: number | undefined, fallback: number): number {
  return n === undefined || !Number.isSafeInteger(n) ? fallback : n;
}

/** Values that exist for some property names (option ids, reasons, scores), so that fitting input also passes the domain's rules. */
export type Hints = Record<string, fc.Arbitrary<unknown>>;

/** A value that fits a JSON Schema as zod writes them (the subset the route schemas use). */
export function fitting(schema: JsonSchema, depth = 0, hints: Hints = {}): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((s) => fitting(s, depth, hints)));
  if (Array.isArray(schema.type)) return fc.oneof(...schema.type.map((type) => fitting({ ...schema, type }, depth, hints)));
  switch (schema.type) {
    case 'string':
      if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
      if (schema.format === 'email') return fc.emailAddress();
      if (schema.format === 'uri') return fc.webUrl({ withQueryParameters: true, withFragments: true });
      if (schema.format === 'date-time')
        return fc
          .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString());
      return fc.string({
        unit: 'grapheme',
        minLength: schema.minLength ?? 0,
        maxLength: Math.max(schema.minLength ?? 0, Math.min(schema.maxLength ?? 40, 40)),
      });
    case 'integer':
      return fc.integer({
        min: Math.max(clampInt(schema.minimum, -5), -1_000_000),
        max: Math.min(clampInt(schema.maximum, 1_000), 1_000_000),
      });
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(schema.items && depth < 4 ? fitting(schema.items, depth + 1, hints) : fc.string(), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 3, 4)),
      });
    case 'object': {
      const properties = schema.properties ?? {};
      const model = Object.fromEntries(
        Object.entries(properties).map(([k, s]) => {
          const fits = fitting(s, depth + 1, hints);
          const hint = hints[k];
          return [k, hint ? fc.oneof({ weight: 3, arbitrary: hint }, { weight: 1, arbitrary: fits }) : fits];
        }),
      );
      return fc.record(model, { requiredKeys: (schema.required ?? []).filter((k) => k in model) });
    }
    default:
      return fc.jsonValue({ maxDepth: 1 });
  }
}

/** Input JSON Schema of a zod schema. */
export function jsonSchemaOf(schema: z.ZodMiniType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
}

/** A body: one that fits, one that fits but for one field, one with extra or hostile keys, or anything at all. */
export function body(schema: z.ZodMiniType | undefined, hints: Hints = {}): fc.Arbitrary<unknown> {
  const fits = schema ? fitting(jsonSchemaOf(schema), 0, hints) : fc.constant({});
  const object = fits.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v));
  return fc.oneof(
    { weight: 6, arbitrary: fits },
    {
      weight: 3,
      arbitrary: fc
        .tuple(
          object,
          fc.option(fc.constantFrom(...Object.keys(jsonSchemaOf(schema ?? z.object({})).properties ?? {}), 'x')),
          nastyJson,
        )
        .map(([value, key, replacement]) => (key === null ? value : { ...value, [key]: replacement })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(object, fc.constantFrom('__proto__', 'constructor', 'admin', 'id', 'status'), nastyJson)
        // A computed key makes an own property even for __proto__, as JSON.parse does.
        .map(([value, key, extra]) => ({ ...value, [key]: extra })),
    },
    { weight: 1, arbitrary: fits.map((value) => [value]) },
    { weight: 2, arbitrary: nastyJson },
  );
}

/** A raw body as sent: JSON text, or broken JSON, or nothing. */
export function rawBody(schema: z.ZodMiniType | undefined, hints: Hints = {}): fc.Arbitrary<string | undefined> {
  return fc.oneof(
    { weight: 8, arbitrary: body(schema, hints).map((value) => JSON.stringify(value)) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '',
        '{',
        '{"a":1,"a":2}',
        '{"__proto__":{"polluted":1}}',
        'null',
        '"\\ud800"',
        '[1,2',
        '\u0000',
        ' ',
        '{"body":"\\u0000"}',
      ),
    },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

/** Percent-encodes anything, lone surrogates included (as the WTF-8 bytes a careless client sends). */
export function encode(value: string): string {
  let out = '';
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff) {
      out +=
        `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`.toUpperCase();
    } else {
      out += encodeURIComponent(char);
    }
  }
  return out;
}

/** One of `list` as it is when the value is drawn (the list may grow while the fuzz runs). */
export function oneOfLive(list: readonly string[], fallback: string): fc.Arbitrary<string> {
  return fc.nat().map((i) => (list.length ? list[i % list.length]! : fallback));
}

/** A path segment: a known id, one that fits the schema, anything else (encoded), or raw odd encodings. */
export function segment(schema: z.ZodMiniType | undefined, known: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 10, arbitrary: oneOfLive(known, 'x').map(encode) },
    { weight: 2, arbitrary: (schema ? fitting(jsonSchemaOf(schema)) : fc.string()).map((v) => encode(String(v))) },
    { weight: 3, arbitrary: nastyString.map((v) => encode(v.slice(0, 300))) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('%', '%zz', '%ff', '%ED%A0%80', '%C0%AE%C0%AE', '..', '.', '%2e%2e', 'a%2Fb', '%00'),
    },
  );
}

/** A query string: known keys with fitting or hostile values, repeated keys, hostile keys, odd syntax. */
export function queryString(
  schema: z.ZodMiniType | undefined,
  extra: Record<string, fc.Arbitrary<string>> = {},
): fc.Arbitrary<string> {
  const properties = schema ? (jsonSchemaOf(schema).properties ?? {}) : {};
  const keys = [...Object.keys(properties), ...Object.keys(extra)];
  const valueFor = (key: string): fc.Arbitrary<string> =>
    fc.oneof(
      { weight: 3, arbitrary: extra[key] ?? (properties[key] ? fitting(properties[key]).map(String) : fc.string()) },
      { weight: 2, arbitrary: nastyString.map((v) => v.slice(0, 500)) },
    );
  const pair = fc.oneof(
    {
      weight: 4,
      arbitrary: keys.length
        ? fc.constantFrom(...keys).chain((k) => valueFor(k).map((v) => `${encode(k)}=${encode(v)}`))
        : fc.constant(''),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom('__proto__', 'constructor', '__proto__[polluted]', 'constructor[prototype][polluted]', 'a[]', ''),
          nastyString,
        )
        .map(([k, v]) => `${encode(k).replace(/%5B/g, '[').replace(/%5D/g, ']')}=${encode(v.slice(0, 200))}`),
    },
    { weight: 1, arbitrary: fc.constantFrom('=', '&', 'a', '%', '%zz=1', '=x', 'a=%ff') },
  );
  return fc.array(pair, { maxLength: 4 }).map((pairs) => pairs.join('&'));
}

/** A header value a real HTTP client could send (Node refuses others before they leave). */
export function headerValue(values: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return values.filter((v) => {
    try {
      validateHeaderValue('x', v);
      return v.length < 8_000;
    } catch {
      return false;
    }
  });
}
