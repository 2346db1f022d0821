#!/usr/bin/env node
// The catalogues' tool (run with tsx: `npm run i18n -- <command>`).
//
//   check                     every catalogue against English: missing and extra keys, placeholders
//                             that differ, plural categories that do not match Intl.PluralRules,
//                             files for languages not shipped; strings identical to English are
//                             listed for review (--verbose). Exits 1 on an error. (`npm run i18n:check`)
//   export --lang TAG [--format xliff|json] [--out DIR]
//                             one file per language with every widget, page and e-mail string:
//                             XLIFF 1.2 (source and target; Weblate, Crowdin, Pontoon, Transifex…)
//                             or flat JSON (key → text or plural forms). --lang all: every language.
//   import FILE…              reads such files back (XLIFF or JSON; the language from the XLIFF's
//                             target-language or the file's name) and rewrites that language's
//                             catalogue modules. Keys not in English are refused.
//   docs                      rewrites the table of languages in docs/localisation.md.
//
// Plural messages travel as one unit per category, `key#one`, `key#other`… (the categories of
// Intl.PluralRules for the language, plus `=0` where English has one).
import { readFileSync, writeFileSync, existsSync, readdirSync, mkdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { XMLParser } from 'fast-xml-parser';

const root = new URL('..', import.meta.url).pathname;
const { LANGUAGES } = await import(pathToFileURL(join(root, 'packages/core/src/languages.ts')).href);

/** Where each set of messages lives; `prefix` is added to its keys in exchange files. */
const WIDGET_BUNDLES = [
  { name: 'common', dir: 'packages/elements/src/i18n/catalogues', keyType: 'MessageKey', messages: '../messages.js' },
  { name: 'poll', dir: 'packages/elements/src/poll/messages', keyType: 'PollMessageKey', messages: '../../i18n/messages.js' },
  {
    name: 'rating',
    dir: 'packages/elements/src/rating/messages',
    keyType: 'RatingMessageKey',
    messages: '../../i18n/messages.js',
  },
  {
    name: 'petition',
    dir: 'packages/elements/src/petition/messages',
    keyType: 'PetitionMessageKey',
    messages: '../../i18n/messages.js',
  },
  {
    name: 'comments',
    dir: 'packages/elements/src/comments/messages',
    keyType: 'CommentsMessageKey',
    messages: '../../i18n/messages.js',
  },
  {
    name: 'report',
    dir: 'packages/elements/src/comments/report',
    keyType: 'ReportMessageKey',
    messages: '../../i18n/messages.js',
  },
  {
    name: 'reply-mail',
    dir: 'packages/elements/src/comments/reply-mail/messages',
    keyType: 'ReplyMailMessageKey',
    messages: '../../../i18n/messages.js',
  },
  {
    name: 'verified',
    dir: 'packages/elements/src/verified/messages',
    keyType: 'VerifiedMessageKey',
    messages: '../../i18n/messages.js',
  },
  { name: 'server', dir: 'packages/server/src/i18n', keyType: 'MessageKey', prefix: 'server.', plain: true },
];
/** The console's languages, as packages/admin/src/i18n/shell.ts lists them (checked, not exchanged). */
const CONSOLE_LANGUAGES = [
  ...readFileSync(join(root, 'packages/admin/src/i18n/shell.ts'), 'utf8')
    .match(/CONSOLE_TAGS = \[([^\]]*)\]/)[1]
    .matchAll(/'([^']+)'/g),
].map((m) => m[1]);
const CONSOLE_BUNDLES = readdirSync(join(root, 'packages/admin/src/i18n'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => ({ name: `console ${d.name}`, dir: `packages/admin/src/i18n/${d.name}`, console: true }));

/** Language names and review status, shown in docs/localisation.md. */
const REVIEWED = new Set(['en']);

const args = process.argv.slice(2);
const command = args[0];
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};

async function loadModule(path) {
  if (!existsSync(path)) return undefined;
  const module = await import(pathToFileURL(path).href);
  return module.default ?? Object.values(module).find((v) => typeof v === 'object');
}

/** English of every exchanged bundle, keys prefixed. */
async function english() {
  const all = {};
  for (const bundle of WIDGET_BUNDLES) {
    const en = await loadModule(join(root, bundle.dir, 'en.ts'));
    for (const [key, value] of Object.entries(en)) all[(bundle.prefix ?? '') + key] = value;
  }
  return all;
}

const placeholders = (text) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));

/** Problems of one translated message against English (errors), and whether it is identical. */
function compare(key, source, value, lang) {
  const errors = [];
  if (typeof source === 'string') {
    if (typeof value !== 'string') return { errors: [`${key}: a plain string is expected`] };
    const a = placeholders(source);
    const b = placeholders(value);
    for (const n of a) if (!b.has(n)) errors.push(`${key}: placeholder {${n}} missing`);
    for (const n of b) if (!a.has(n)) errors.push(`${key}: unknown placeholder {${n}}`);
    return { errors, identical: value === source && !/^[\s{}\w]*$/.test(source.replace(/\{\w+\}/g, '')) };
  }
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  if (typeof value !== 'object' || value === null)
    return { errors: [`${key}: plural forms expected (${categories.join(', ')})`] };
  const wanted = new Set([...categories, ...('=0' in source ? ['=0'] : [])]);
  for (const c of wanted) if (typeof value[c] !== 'string') errors.push(`${key}: plural form "${c}" missing`);
  for (const c of Object.keys(value)) if (!wanted.has(c)) errors.push(`${key}: plural form "${c}" is not one ${lang} uses`);
  const allowed = new Set(Object.values(source).flatMap((s) => [...placeholders(s)]));
  for (const [c, s] of Object.entries(value))
    for (const n of placeholders(String(s))) if (!allowed.has(n)) errors.push(`${key}#${c}: unknown placeholder {${n}}`);
  for (const n of placeholders(source.other))
    if (n !== 'count' && !placeholders(value.other ?? '').has(n)) errors.push(`${key}#other: placeholder {${n}} missing`);
  return { errors, identical: JSON.stringify(value) === JSON.stringify(source) };
}

async function check() {
  const verbose = args.includes('--verbose');
  let errors = 0;
  const identicalByLang = new Map();
  // The console previews widgets in its own language, and its mails and pages come from the server's.
  for (const lang of CONSOLE_LANGUAGES) {
    if (!LANGUAGES.includes(lang)) {
      console.log(`✗ CONSOLE_TAGS: ${lang} is not a language of the widgets (LANGUAGES)`);
      errors++;
    }
  }
  for (const bundle of [...WIDGET_BUNDLES, ...CONSOLE_BUNDLES]) {
    const languages = bundle.console ? CONSOLE_LANGUAGES : LANGUAGES;
    const dir = join(root, bundle.dir);
    const en = await loadModule(join(dir, 'en.ts'));
    const files = readdirSync(dir).filter((f) => /^[a-z]{2,3}(-[A-Za-z]+)?\.ts$/.test(f) && f !== 'en.ts' && f !== 'index.ts');
    for (const file of files) {
      if (!languages.includes(basename(file, '.ts'))) {
        const list = bundle.console ? 'CONSOLE_TAGS in packages/admin/src/i18n/shell.ts' : 'LANGUAGES';
        console.log(`✗ ${bundle.dir}/${file}: not a shipped language (add it to ${list} or remove the file)`);
        errors++;
      }
    }
    for (const lang of languages.filter((l) => l !== 'en')) {
      const messages = await loadModule(join(dir, `${lang}.ts`));
      if (!messages) {
        console.log(`✗ ${bundle.dir}/${lang}.ts: missing`);
        errors++;
        continue;
      }
      const problems = [];
      for (const key of Object.keys(messages)) if (!(key in en)) problems.push(`${key}: not an English key`);
      for (const [key, source] of Object.entries(en)) {
        if (!(key in messages)) {
          problems.push(`${key}: missing (English is shown)`);
          continue;
        }
        const result = compare(key, source, messages[key], lang);
        problems.push(...result.errors);
        if (result.identical) identicalByLang.set(lang, [...(identicalByLang.get(lang) ?? []), key]);
      }
      for (const p of problems) console.log(`✗ ${bundle.dir}/${lang}.ts: ${p}`);
      errors += problems.length;
    }
  }
  const identical = [...identicalByLang.values()].reduce((n, keys) => n + keys.length, 0);
  if (identical) {
    console.log(`? ${identical} strings identical to English, for review (--verbose lists them)`);
    if (verbose) for (const [lang, keys] of identicalByLang) console.log(`  ${lang}: ${keys.join(', ')}`);
  }
  const count = LANGUAGES.length;
  console.log(
    errors
      ? `✗ ${errors} problem(s)`
      : `✓ ${count} languages complete for the widgets, the confirmation page and e-mail; the console in ${CONSOLE_LANGUAGES.length}`,
  );
  process.exit(errors ? 1 : 0);
}

/** A language's messages in exchange form: every English key, the translation or nothing. */
async function flatten(lang) {
  const all = {};
  for (const bundle of WIDGET_BUNDLES) {
    const messages = (await loadModule(join(root, bundle.dir, `${lang}.ts`))) ?? {};
    for (const [key, value] of Object.entries(messages)) all[(bundle.prefix ?? '') + key] = value;
  }
  return all;
}

const xml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

async function exportFiles() {
  const format = option('format', 'xliff');
  const out = option('out', join(root, 'i18n-export'));
  const wanted = option('lang', 'all');
  const langs = wanted === 'all' ? LANGUAGES.filter((l) => l !== 'en') : wanted.split(',');
  const en = await english();
  mkdirSync(out, { recursive: true });
  for (const lang of langs) {
    if (!LANGUAGES.includes(lang) && !/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(lang)) throw new Error(`not a language tag: ${lang}`);
    const target = await flatten(lang);
    if (format === 'json') {
      writeFileSync(join(out, `${lang}.json`), JSON.stringify(target, null, 2) + '\n');
      continue;
    }
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const units = [];
    for (const [key, source] of Object.entries(en)) {
      const forms =
        typeof source === 'string'
          ? [[key, source, target[key]]]
          : [...new Set(['=0' in source ? '=0' : null, ...categories].filter(Boolean))].map((c) => [
              `${key}#${c}`,
              source[c] ?? source.other,
              target[key]?.[c],
            ]);
      for (const [id, text, translated] of forms) {
        const note = id.includes('#')
          ? `\n        <note>Plural form "${id.split('#')[1]}" of ${lang} (Intl.PluralRules); {count} is the number.</note>`
          : '';
        units.push(
          `      <trans-unit id="${xml(id)}" xml:space="preserve">\n        <source>${xml(text)}</source>` +
            (translated === undefined ? '' : `\n        <target state="translated">${xml(translated)}</target>`) +
            note +
            '\n      </trans-unit>',
        );
      }
    }
    writeFileSync(
      join(out, `${lang}.xlf`),
      `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n  <file original="civic-widgets" source-language="en" target-language="${lang}" datatype="plaintext">\n    <body>\n${units.join('\n')}\n    </body>\n  </file>\n</xliff>\n`,
    );
  }
  console.log(`Wrote ${langs.length} ${format} file(s) to ${relative(process.cwd(), out) || '.'}`);
}

/** Reads an exchange file: { lang, messages } with plural units folded back into objects. */
function readExchange(file) {
  const text = readFileSync(file, 'utf8');
  let lang = basename(file).replace(/\.(json|xlf|xliff)$/, '');
  let flat;
  if (file.endsWith('.json')) {
    flat = JSON.parse(text);
  } else {
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      textNodeName: '#text',
      trimValues: false,
      parseTagValue: false,
      isArray: (name) => name === 'trans-unit' || name === 'file',
    });
    const doc = parser.parse(text);
    flat = {};
    for (const f of doc.xliff?.file ?? []) {
      lang = f['target-language'] ?? lang;
      for (const unit of f.body?.['trans-unit'] ?? []) {
        const target = typeof unit.target === 'object' ? unit.target['#text'] : unit.target;
        if (typeof target === 'string' && target.trim()) flat[unit.id] = target;
      }
    }
  }
  const messages = {};
  for (const [id, value] of Object.entries(flat)) {
    const [key, category] = id.split('#');
    if (category) (messages[key] ??= {})[category] = value;
    else messages[key] = value;
  }
  return { lang, messages };
}

function languageName(lang) {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

async function importFiles() {
  const en = await english();
  const files = args.slice(1).filter((a) => !a.startsWith('--'));
  if (files.length === 0) throw new Error('usage: npm run i18n -- import FILE…');
  const written = [];
  for (const file of files) {
    const { lang, messages } = readExchange(file);
    if (!LANGUAGES.includes(lang))
      throw new Error(`${file}: ${lang} is not a shipped language (add it to LANGUAGES in packages/core/src/languages.ts first)`);
    const unknown = Object.keys(messages).filter((k) => !(k in en));
    if (unknown.length) throw new Error(`${file}: keys not in English: ${unknown.join(', ')}`);
    for (const bundle of WIDGET_BUNDLES) {
      const english = await loadModule(join(root, bundle.dir, 'en.ts'));
      const entries = Object.keys(english)
        .filter((key) => (bundle.prefix ?? '') + key in messages)
        .map((key) => `  ${JSON.stringify(key)}: ${JSON.stringify(messages[(bundle.prefix ?? '') + key])},`);
      const status = REVIEWED.has(lang) ? 'reviewed by a native speaker' : 'draft, review welcome';
      const type = bundle.plain
        ? `import type { MessageKey } from './en.js';\n\nconst messages: Partial<Readonly<Record<MessageKey, string>>> = {`
        : `import type { Message } from '${bundle.messages}';\nimport type { ${bundle.keyType} } from './en.js';\n\nconst messages: Partial<Readonly<Record<${bundle.keyType}, Message>>> = {`;
      const path = join(root, bundle.dir, `${lang}.ts`);
      writeFileSync(
        path,
        `// ${languageName(lang)} (${lang}): ${status}. Made with \`npm run i18n -- import\`; edit here or in a translation platform.\n${type}\n${entries.join('\n')}\n};\n\nexport default messages;\n`,
      );
      written.push(path);
    }
  }
  execFileSync(join(root, 'node_modules/.bin/prettier'), ['--write', '--log-level', 'warn', ...written]);
  writeServerIndex();
  console.log(`Imported ${files.length} language(s).`);
}

/** The server loads every language at start: one generated list of imports. */
function writeServerIndex() {
  const langs = LANGUAGES.filter((l) => l !== 'en');
  const id = (l) => l.replace(/-/g, '_');
  const lines = [
    '// Made by `npm run i18n -- import`: every language the server writes its page and e-mail in.',
    "import type { Messages } from './en.js';",
    ...langs
      .filter((l) => existsSync(join(root, 'packages/server/src/i18n', `${l}.ts`)))
      .map((l) => `import ${id(l)} from './${l}.js';`),
    '',
    'export const translations: Readonly<Record<string, Partial<Messages>>> = {',
    ...langs
      .filter((l) => existsSync(join(root, 'packages/server/src/i18n', `${l}.ts`)))
      .map((l) => (id(l) === l ? `  ${l},` : `  ${JSON.stringify(l)}: ${id(l)},`)),
    '};',
    '',
  ];
  const path = join(root, 'packages/server/src/i18n/translations.ts');
  writeFileSync(path, lines.join('\n'));
  execFileSync(join(root, 'node_modules/.bin/prettier'), ['--write', '--log-level', 'warn', path]);
}

async function docs() {
  const path = join(root, 'docs/localisation.md');
  const text = readFileSync(path, 'utf8');
  const rows = LANGUAGES.map((lang) => {
    const dir =
      new Intl.Locale(lang).maximize().script && ['Arab', 'Hebr'].includes(new Intl.Locale(lang).maximize().script)
        ? 'right to left'
        : 'left to right';
    const english = new Intl.DisplayNames(['en'], { type: 'language' }).of(lang);
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.join(', ');
    const status = lang === 'en' ? 'source' : REVIEWED.has(lang) ? 'reviewed' : 'draft — review welcome';
    const inConsole = CONSOLE_LANGUAGES.includes(lang) ? 'yes' : '—';
    return `| \`${lang}\` | ${languageName(lang)} | ${english} | ${dir} | ${categories} | ${inConsole} | ${status} |`;
  });
  const table = [
    '| tag | name in itself | in English | direction | plural forms | console | status |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
  const start = '<!-- languages:start -->';
  const end = '<!-- languages:end -->';
  if (!text.includes(start)) throw new Error(`docs/localisation.md has no ${start} … ${end} markers`);
  writeFileSync(path, text.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${table}\n${end}`));
  console.log(`docs/localisation.md: ${LANGUAGES.length} languages`);
}

const commands = { check, export: exportFiles, import: importFiles, docs };
if (!commands[command]) {
  console.error(
    'usage: npm run i18n -- check [--verbose] | export --lang TAG|all [--format xliff|json] [--out DIR] | import FILE… | docs',
  );
  process.exit(2);
}
try {
  await commands[command]();
} catch (error) {
  console.error(`i18n ${command}: ${error.message}`);
  process.exit(1);
}
