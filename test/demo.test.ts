/**
 * The demo site as built (`npm test` builds first): every page of demo/pages/
 * comes out whole, in its language, with the one script tag, and marks itself
 * as the current page.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const demo = new URL('../demo/', import.meta.url).pathname;
const pages = readdirSync(join(demo, 'pages')).filter((n) => n.endsWith('.html'));

test('every demo page is built inside the shared frame', () => {
  assert.ok(pages.length >= 8);
  for (const name of pages) {
    const html = readFileSync(join(demo, 'dist', name), 'utf8');
    const source = readFileSync(join(demo, 'pages', name), 'utf8');
    const title = source.match(/<!-- title: (.+?) -->/)?.[1];
    assert.ok(html.includes(`<title>${title} – Riverton City Council</title>`), `${name}: title`);
    assert.equal(html.match(/<script type="module" src="\/cdn\/civic-widgets\.js"/g)?.length, 1, `${name}: one script tag`);
    assert.doesNotMatch(html, /\{\{\w+\}\}|<!-- (title|lang):/, `${name}: no placeholders or settings left`);
    const h1 = source.match(/<h1>.*<\/h1>/)?.[0];
    assert.ok(h1 && html.includes(h1), `${name}: its content is inside`);
    const href = name === 'index.html' ? '/' : `/${name}`;
    assert.ok(html.includes(`<a href="${href}" aria-current="page"`), `${name}: marked as the current page`);
    assert.equal(html.match(/aria-current="page"/g)?.length, 1, `${name}: one current page`);
  }
  const ar = readFileSync(join(demo, 'dist', 'ar.html'), 'utf8');
  assert.match(ar, /<html lang="ar" dir="rtl">/);
  assert.match(readFileSync(join(demo, 'dist', 'index.html'), 'utf8'), /<html lang="en">/);
});
