/**
 * The demo site as built (`npm test` builds first): every page of demo/pages/
 * comes out whole, in its language, with the one script tag, and marks itself
 * as the current page.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

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

test('the demo site: an icon on every page, no lead repeated by its poll, the footer rating on a card', () => {
  assert.ok(readFileSync(join(demo, 'dist', 'favicon.svg'), 'utf8').startsWith('<svg'), 'the icon is built');
  for (const name of pages)
    assert.match(
      readFileSync(join(demo, 'dist', name), 'utf8'),
      /<link rel="icon" href="\/favicon\.svg"/,
      `${name}: links the icon`,
    );
  const seed = JSON.parse(readFileSync(join(demo, '../packages/server/seed/sample.json'), 'utf8')) as {
    polls: { id: string; description: string }[];
  };
  const transport = readFileSync(join(demo, 'pages', 'transport.html'), 'utf8');
  const description = seed.polls.find((p) => p.id === 'transport-2027')!.description;
  const lead = transport.match(/<p class="lead">([^<]+)<\/p>/)![1]!;
  assert.notEqual(lead.slice(0, 40), description.slice(0, 40), 'the page says something the poll does not');
  const css = readFileSync(join(demo, 'demo.css'), 'utf8');
  assert.match(css, /civic-petition,\s*civic-rating\s*\{\s*background/, 'the rating is styled as a card like the others');
  assert.doesNotMatch(css, /--civic-color-surface:\s*transparent/, 'no grey-on-grey fields in the footer');
  assert.match(css, /minmax\(min\(100%, 20rem\), 1fr\)/, 'four cards two by two, never three and one');
});

test('the language chosen is kept on the next page, footer question included; the Arabic page stays Arabic', async () => {
  assert.ok(existsSync(chromiumPath), `Chromium is needed at ${chromiumPath}`);
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.svg': 'image/svg+xml',
  };
  // The pages as built; no widgets (an empty /cdn/), only the site's own script.
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = join(demo, 'dist', path === '/' ? 'index.html' : path);
    if (path.startsWith('/cdn/') || !existsSync(file))
      return res.writeHead(path.startsWith('/cdn/') ? 200 : 404, { 'content-type': 'text/javascript' }).end('');
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  try {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    await page.select('#language', 'fr');
    await page.goto(`${base}/transport.html`);
    const state = () =>
      page.evaluate(() => ({
        lang: document.documentElement.lang,
        chosen: (document.getElementById('language') as HTMLSelectElement).value,
        question: document.querySelector('.footer civic-rating')?.getAttribute('question'),
      }));
    assert.deepEqual(await state(), { lang: 'fr', chosen: 'fr', question: 'Cette page vous a-t-elle été utile ?' });
    await page.goto(`${base}/ar.html`);
    assert.deepEqual(await state(), { lang: 'ar', chosen: 'ar', question: 'هل كانت هذه الصفحة مفيدة؟' });
  } finally {
    await browser.close();
    server.close();
  }
});
