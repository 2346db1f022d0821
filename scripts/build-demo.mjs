#!/usr/bin/env node
// Builds the demo site into demo/dist/: every page of demo/pages/ inside the one
// frame of demo/layout.html (masthead, language switch, navigation, footer), so
// the site's chrome is written once. A page starts with its settings as comments:
//   <!-- title: Transport 2027 -->   (required)
//   <!-- lang: ar -->                (optional; right-to-left languages get dir="rtl")
// The current page's link in the navigation gets aria-current="page".
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const demo = new URL('../demo/', import.meta.url).pathname;
const out = join(demo, 'dist');
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps']);
// The language switch offers every shipped language, each named in itself (read from the one list in core).
const languages = readFileSync(new URL('../packages/core/src/languages.ts', import.meta.url), 'utf8')
  .match(/LANGUAGES[^(]*\(\s*([\s\S]*?)\)\.split/)[1]
  .replace(/['+\s]+/g, ' ')
  .trim()
  .split(' ');
const nameOf = (lang) => new Intl.DisplayNames([lang], { type: 'language' }).of(lang);
const options = languages
  .map((lang) => [lang, nameOf(lang)])
  .sort((a, b) => a[1].localeCompare(b[1], 'en'))
  .map(
    ([lang, name]) => `<option value="${lang}" lang="${lang}">${name.charAt(0).toLocaleUpperCase(lang) + name.slice(1)}</option>`,
  )
  .join('\n            ');
const layout = readFileSync(join(demo, 'layout.html'), 'utf8').replace('{{languages}}', options);

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const asset of ['demo.css', 'demo.js', 'favicon.svg']) copyFileSync(join(demo, asset), join(out, asset));
// (Every page links the icon, so browsers no longer ask for /favicon.ico.)

for (const name of readdirSync(join(demo, 'pages')).filter((n) => n.endsWith('.html'))) {
  const source = readFileSync(join(demo, 'pages', name), 'utf8');
  const setting = (key) => source.match(new RegExp(`^<!-- ${key}: (.+?) -->$`, 'm'))?.[1];
  const title = setting('title');
  if (!title) throw new Error(`demo/pages/${name}: no <!-- title: … --> line`);
  const lang = setting('lang') ?? 'en';
  const main = source
    .replace(/^<!-- \w+: .+? -->\n/gm, '')
    .trimEnd()
    .replace(/\n(?=.)/g, '\n      ');
  const href = name === 'index.html' ? '/' : `/${name}`;
  const page = layout
    .replace('{{lang}}', lang)
    .replace(' {{dir}}', RTL.has(lang) ? ' dir="rtl"' : '')
    .replace('{{title}}', title)
    .replace('{{main}}', `\n      ${main}\n    `)
    .replace(`<a href="${href}"`, `<a href="${href}" aria-current="page"`);
  writeFileSync(join(out, name), page);
}

// Compressed once here, sent as they are by the server (as the bundles are): pages travel small on slow networks.
for (const name of readdirSync(out).filter((n) => /\.(html|css|js|svg)$/.test(n))) {
  const file = readFileSync(join(out, name));
  writeFileSync(join(out, `${name}.br`), brotliCompressSync(file, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  writeFileSync(join(out, `${name}.gz`), gzipSync(file, { level: 9 }));
}
