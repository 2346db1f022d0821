/*
 * The layout test: every widget in every state (test/support/layout-page.js)
 * in English, French, Arabic and a pseudo-locale (40 % longer, accented), at
 * 320, 360, 768 and 1280 px, at 100 % and 200 % text, light and dark, in
 * Chromium with the classic build. It asserts what a citizen on a small phone
 * needs: nothing wider than the widget, no control's text cut off, targets of
 * at least 24 × 24 px, and AA contrast — text (axe) and graphical objects (bar
 * tracks, the edges of fields and choices, 3:1). Screenshots of every layout
 * go to test-results/layout/ (CIVIC_LAYOUT_DIR), with each widget state alone
 * at 360 px in English and Arabic, light and dark, in phone/.
 *
 * Then every shipped language (LANGUAGES), each in turn on one page (the
 * language is changed in place and every case rendered again): every state at
 * 320 px with 200 % text, light, with the same layout assertions, and no
 * string missing — no English catalogue key nor unfilled {placeholder} shown,
 * the widgets' `lang` and `dir` those of the language, and controls in the
 * words of that language's catalogue (a catalogue that does not load leaves
 * English). The full axe rule set runs in Arabic, Hebrew, Persian, Urdu,
 * Chinese, Japanese and Hindi; the petition form of one language per script
 * is photographed at 360 px in scripts/, and a case that fails in languages/.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import type { Message } from '../packages/elements/src/i18n/messages.ts';
import { en as common } from '../packages/elements/src/i18n/catalogues/en.ts';
import { en as poll } from '../packages/elements/src/poll/messages/en.ts';
import { en as comments } from '../packages/elements/src/comments/messages/en.ts';
import { en as petition } from '../packages/elements/src/petition/messages/en.ts';
import { en as rating } from '../packages/elements/src/rating/messages/en.ts';
import { en as report } from '../packages/elements/src/comments/report/en.ts';
import { en as verified } from '../packages/elements/src/verified/messages/en.ts';
import { LANGUAGES } from '../packages/core/src/languages.ts';

const root = new URL('..', import.meta.url).pathname;
const cdnDir = process.env['CIVIC_CDN_DIR'] ?? join(root, 'packages/elements/dist/cdn');
const out = process.env['CIVIC_LAYOUT_DIR'] ?? join(root, 'test-results/layout');
const axePath = join(root, 'node_modules/axe-core/axe.min.js');

const LANGS = ['en', 'fr', 'ar', 'qps-ploc'] as const;
const WIDTHS = [320, 360, 768, 1280] as const;
const TEXT = [100, 200] as const;
const THEMES = ['light', 'dark'] as const;

/** Every English message by key: no key may ever show as text. */
const english: Record<string, Message> = { ...common, ...poll, ...comments, ...petition, ...rating, ...report, ...verified };
/** Written right to left (the widgets must say so with `dir`). */
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps']);
/** Where the full axe rule set runs: right-to-left and CJK scripts, and an Indic one. */
const AXE_LANGS = new Set(['ar', 'he', 'fa', 'ur', 'zh-Hans', 'ja', 'hi']);
/** One language per script family, photographed in scripts/. */
const SCRIPTS = new Set(['de', 'ru', 'el', 'ar', 'he', 'hi', 'bn', 'ta', 'th', 'zh-Hans', 'ja', 'am', 'ka', 'hy']);
/** Controls that show a catalogue string as their whole text: case, selector, key. */
const TRANSLATED = [
  ['poll-form', '[part=submit]', 'poll.vote'],
  ['poll-error', '[part=retry]', 'common.retry'],
  ['comments-validation', '[part=submit]', 'comments.form.submit'],
  ['petition-form', '[part=submit]', 'petition.submit'],
  ['rating-csat-validation', '[part=submit]', 'rating.send'],
] as const;

/** A language's messages as its catalogue modules give them (the source the translation files are built from). */
async function catalogue(lang: string): Promise<Record<string, Message>> {
  const folders = ['i18n/catalogues', 'poll/messages', 'comments/messages', 'petition/messages', 'rating/messages'];
  const modules = await Promise.all(
    folders.map((folder) => import(`../packages/elements/src/${folder}/${lang}.ts`) as Promise<{ default: object }>),
  );
  return Object.assign({}, ...modules.map((m) => m.default));
}

/** Accents for the pseudo-locale: every letter still readable, none of them ASCII. */
const ACCENTS: Record<string, string> = Object.fromEntries(
  [...'aeiouycnAEIOUYCN'].map((c, i) => [c, [...'áéíóúýçñÁÉÍÓÚÝÇÑ'][i]!]),
);
/** 40 % longer, accented, placeholders kept: what translated text does to a layout. */
function pseudo(text: string): string {
  const accented = text.replace(/\{\w+\}|./gu, (part) => (part.length > 1 ? part : (ACCENTS[part] ?? part)));
  const extra = Math.ceil(accented.replace(/\{\w+\}/g, '').length * 0.4);
  return `${accented} ${'·ẋ'.repeat(Math.ceil(extra / 2)).slice(0, extra)}`.trimEnd();
}
const pseudoCatalogue = Object.fromEntries(
  Object.entries({ ...common, ...poll, ...comments, ...petition, ...rating, ...verified }).map(
    ([key, message]: [string, Message]) => [
      key,
      typeof message === 'string'
        ? pseudo(message)
        : Object.fromEntries(Object.entries(message).map(([form, text]) => [form, pseudo(text as string)])),
    ],
  ),
);

function page(lang: string, text: number, theme: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Layout: ${lang}, ${text} % text, ${theme}</title>
<style>
  :root { color-scheme: ${theme === 'dark' ? 'light dark' : 'light'}; font-size: ${text}%; }
  body { margin: 0; padding: 0.5rem; font-family: system-ui, sans-serif; line-height: 1.5; background: Canvas; color: CanvasText; }
  .case { margin-block-end: 1.5rem; }
  .caption { margin: 0 0 0.25rem; font: 0.75rem/1.2 monospace; }
</style>
<script>window.pseudoMessages = ${lang === 'qps-ploc' ? JSON.stringify(pseudoCatalogue) : 'null'};</script>
<script src="/cdn/civic-widgets.iife.js"></script>
<script type="module" src="/layout-page.js"></script>
</head>
<body><main></main></body>
</html>`;
}

interface Problem {
  case: string;
  what: string;
}

/** Runs in the page: what is wrong with the layout as it is now. */
function findProblems(): Problem[] {
  const problems: Problem[] = [];
  const describe = (el: Element) =>
    `<${el.localName}${el.id ? `#${el.id}` : ''}${el.getAttribute('part') ? ` part=${el.getAttribute('part')}` : ''}> "${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`;
  if (document.documentElement.scrollWidth > innerWidth + 1)
    problems.push({ case: 'page', what: `the page scrolls sideways: ${document.documentElement.scrollWidth} > ${innerWidth}` });
  for (const section of document.querySelectorAll<HTMLElement>('.case')) {
    const host = section.querySelector<HTMLElement>('civic-poll, civic-comments, civic-petition, civic-rating')!;
    const box = host.getBoundingClientRect();
    const add = (what: string) => problems.push({ case: section.dataset['case']!, what });
    for (const el of host.shadowRoot?.querySelectorAll<HTMLElement>('*') ?? []) {
      if (el.closest('.visually-hidden, .honeypot, [part=status], style')) continue;
      const style = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      if (style.display === 'none' || style.visibility === 'hidden' || r.width === 0 || r.height === 0) continue;
      if (r.left < box.left - 1 || r.right > box.right + 1)
        add(
          `${describe(el)} overflows the widget: ${Math.round(r.left)}–${Math.round(r.right)} outside ${Math.round(box.left)}–${Math.round(box.right)}`,
        );
      const control = el.matches('button, select, textarea, input, summary, .choice, .star');
      if (!control || el.matches('.star input, .choice input')) continue;
      // Text cut off: any line of the control's own text outside its box.
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim() || node.parentElement?.closest('.visually-hidden')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const line of range.getClientRects())
          if (line.left < r.left - 1 || line.right > r.right + 1 || line.top < r.top - 1 || line.bottom > r.bottom + 1)
            add(
              `${describe(el)} cuts its text: "${node.textContent.trim().slice(0, 30)}" at ${Math.round(line.left)}–${Math.round(line.right)} in ${Math.round(r.left)}–${Math.round(r.right)}`,
            );
      }
      if (r.width < 24 || r.height < 24) add(`${describe(el)} is a ${Math.round(r.width)} × ${Math.round(r.height)} target`);
    }
  }
  return problems;
}

/** Runs in the page: graphical objects (WCAG 1.4.11) below 3:1 against what is behind them. */
function findLowContrast(): Problem[] {
  const rgb = (color: string) => {
    const c = document.createElement('canvas').getContext('2d')!;
    c.fillStyle = color;
    c.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = c.getImageData(0, 0, 1, 1).data;
    return { r: r!, g: g!, b: b!, a: a! / 255 };
  };
  const lum = ({ r, g, b }: { r: number; g: number; b: number }) =>
    [r, g, b]
      .map((v) => v / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
      .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
  const ratio = (a: string, b: string) => {
    const [x, y] = [lum(rgb(a)), lum(rgb(b))];
    return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
  };
  /** The first opaque background at or behind an element, across shadow roots. */
  const behind = (el: Element | null): string => {
    for (let node: Element | null = el; node; node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null) {
      const bg = getComputedStyle(node).backgroundColor;
      if (rgb(bg).a > 0.9) return bg;
    }
    return getComputedStyle(document.body).backgroundColor;
  };
  const problems: Problem[] = [];
  for (const section of document.querySelectorAll<HTMLElement>('.case')) {
    const host = section.querySelector<HTMLElement>('civic-poll, civic-comments, civic-petition, civic-rating')!;
    // (Radios and checkboxes are the browser's own, at 4.5:1 in both schemes.)
    const edges =
      host.shadowRoot?.querySelectorAll<HTMLElement>('.bar, input[type=text], input[type=email], select, textarea') ?? [];
    for (const el of edges) {
      if (el.closest('.honeypot') || el.getClientRects().length === 0) continue;
      const edge = getComputedStyle(el).borderTopColor;
      const value = ratio(edge, behind(el.parentElement));
      if (value < 3)
        problems.push({
          case: section.dataset['case']!,
          what: `the edge of <${el.localName} class="${el.className}"> is ${value.toFixed(2)}:1`,
        });
    }
  }
  return problems;
}

/** Runs in the page: the text of every widget as the page shows it (and as assistive technology reads it), by case. */
function widgetTexts(): { case: string; texts: string[] }[] {
  const collect = (root: ShadowRoot, texts: string[]) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Text) {
        // An option is drawn by its select.
        const shown = node.parentElement?.closest('select') ?? node.parentElement;
        if (node.data.trim() && shown?.checkVisibility()) texts.push(node.data.trim());
      } else if (node instanceof Element) {
        for (const name of ['aria-label', 'placeholder', 'title', 'alt'])
          if (node.getAttribute(name)?.trim()) texts.push(node.getAttribute(name)!.trim());
        if (node.shadowRoot) collect(node.shadowRoot, texts);
      }
    }
    return texts;
  };
  return [...document.querySelectorAll<HTMLElement>('.case')].map((section) => ({
    case: section.dataset['case']!,
    texts: collect(section.querySelector('civic-poll, civic-comments, civic-petition, civic-rating')!.shadowRoot!, []),
  }));
}

/** Runs in the page: each widget's `lang` and `dir`, as its root element says them. */
function widgetLangs(): { case: string; lang: string | null; dir: string | null }[] {
  return [...document.querySelectorAll<HTMLElement>('.case')].map((section) => {
    const base = section
      .querySelector('civic-poll, civic-comments, civic-petition, civic-rating')!
      .shadowRoot!.querySelector('[part=base]');
    return { case: section.dataset['case']!, lang: base?.getAttribute('lang') ?? null, dir: base?.getAttribute('dir') ?? null };
  });
}

/**
 * Runs in the page: the characters of the widgets' text that no installed font
 * has, drawn as the same empty box as a private-use character.
 */
function missingGlyphs(texts: string[]): string[] {
  const canvas = Object.assign(document.createElement('canvas'), { width: 24, height: 24 });
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  const base = document.querySelector('.case > :last-child')!.shadowRoot!.querySelector('[part=base]')!;
  context.font = `20px ${getComputedStyle(base).fontFamily}`;
  const draw = (char: string) => {
    context.clearRect(0, 0, 24, 24);
    context.fillText(char, 2, 20);
    return context.getImageData(0, 0, 24, 24).data.join();
  };
  const box = draw('\u{10FFFD}');
  const chars = new Set(texts.flatMap((text) => text.match(/[^\p{ASCII}\p{Z}\p{C}]/gu) ?? []));
  return [...chars].filter((char) => draw(char) === box);
}

/** Runs in the page: axe on the whole page, one line per failing node. */
async function axeViolations(options: object): Promise<string[]> {
  const axe = (
    window as unknown as {
      axe: {
        run: (
          c: unknown,
          o: unknown,
        ) => Promise<{ violations: { id: string; nodes: { target: unknown; failureSummary?: string }[] }[] }>;
      };
    }
  ).axe;
  const result = await axe.run(document, options);
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} ${JSON.stringify(n.target)}: ${n.failureSummary?.split('\n').at(-1)?.trim()}`),
  );
}

describe('Layout: every widget in every state, four languages, four widths, two text sizes, light and dark', () => {
  let server: Server;
  let base: string;
  let browser: Browser;

  before(async () => {
    assert.ok(existsSync(join(cdnDir, 'civic-widgets.iife.js')), 'bundles are built (npm run build)');
    assert.ok(existsSync(chromiumPath), `Chromium is needed at ${chromiumPath} (set CHROME_PATH; .ci/run installs it)`);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(join(out, 'phone'), { recursive: true });
    mkdirSync(join(out, 'scripts'), { recursive: true });
    mkdirSync(join(out, 'languages'), { recursive: true });
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      // The classic build, and the translations it loads from beside itself (i18n/<bundle>/<lang>.js).
      const cdnFile = /^\/cdn\/((?:i18n\/[\w-]+\/)?[\w.-]+\.js)$/.exec(url.pathname)?.[1];
      if (cdnFile && existsSync(join(cdnDir, cdnFile)))
        return res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(join(cdnDir, cdnFile)));
      if (url.pathname === '/layout-page.js')
        return res
          .writeHead(200, { 'content-type': 'text/javascript' })
          .end(readFileSync(join(root, 'test/support/layout-page.js')));
      if (url.pathname === '/')
        return res
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end(page(url.searchParams.get('lang')!, Number(url.searchParams.get('text')), url.searchParams.get('theme')!));
      res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  });

  after(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  async function open(lang: string, text: number, theme: string): Promise<Page> {
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(String(e)));
    // The functions evaluated in the page are compiled by tsx, which names them through this helper.
    await tab.evaluateOnNewDocument('globalThis.__name = (f) => f;');
    await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
    await tab.setViewport({ width: 360, height: 800 });
    await tab.goto(`${base}/?lang=${lang}&text=${text}&theme=${theme}`);
    await tab
      .waitForFunction(() => (window as { layoutReady?: boolean }).layoutReady === true, { timeout: 30_000 })
      .catch(() => {
        throw new Error(`${lang} ${text} % ${theme}: the page did not finish (${errors.join('; ') || 'no error'})`);
      });
    return tab;
  }

  /** Lays the page out at a width, lets it settle. */
  async function resize(tab: Page, width: number): Promise<void> {
    await tab.setViewport({ width, height: 800 });
    await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }

  for (const lang of LANGS)
    for (const theme of THEMES)
      for (const text of TEXT)
        test(`${lang}, ${theme}, ${text} % text`, async () => {
          const tab = await open(lang, text, theme);
          const problems: string[] = [];
          try {
            for (const width of WIDTHS) {
              await resize(tab, width);
              for (const p of await tab.evaluate(findProblems)) problems.push(`${width} px, ${p.case}: ${p.what}`);
              await tab.screenshot({
                path: join(out, `${lang}-${theme}-${text}-${width}.png`) as `${string}.png`,
                fullPage: true,
              });
              if (width !== 360) continue;
              for (const p of await tab.evaluate(findLowContrast)) problems.push(`${width} px, ${p.case}: ${p.what}`);
              if (text === 100) {
                await tab.addScriptTag({ path: axePath });
                const violations = await tab.evaluate(axeViolations, { runOnly: ['color-contrast'] });
                problems.push(...violations.map((v) => `${width} px: ${v}`));
                if (lang === 'en' || lang === 'ar')
                  for (const section of await tab.$$('.case')) {
                    const name = await section.evaluate((s) => (s as HTMLElement).dataset['case']);
                    await section.screenshot({ path: join(out, 'phone', `${name}-${lang}-${theme}.png`) as `${string}.png` });
                  }
              }
            }
          } finally {
            await tab.close();
          }
          assert.deepEqual(problems, [], `${lang}, ${theme}, ${text} %:\n${problems.join('\n')}`);
        });

  describe('Every language: 320 px, 200 % text, light', () => {
    let tab: Page;
    before(async () => {
      tab = await open('en', 200, 'light');
      await tab.addScriptTag({ path: axePath });
    });
    after(async () => {
      await tab?.close();
    });

    for (const lang of LANGUAGES)
      test(lang, async (t) => {
        await tab.evaluate(
          (tag) => (window as unknown as { setLayoutLang: (t: string) => Promise<void> }).setLayoutLang(tag),
          lang,
        );
        await resize(tab, 320);
        const problems: string[] = [];
        const failed = new Set<string>();
        const add = (name: string, what: string) => (failed.add(name), problems.push(`${name}: ${what}`));
        for (const p of await tab.evaluate(findProblems)) add(p.case, p.what);
        const shownTexts = await tab.evaluate(widgetTexts);
        for (const shown of shownTexts)
          for (const text of shown.texts) {
            const key = Object.keys(english).find((k) => text.includes(k));
            if (key) add(shown.case, `shows the key ${key}: "${text}"`);
            const placeholder = /\{\w+\}/.exec(text)?.[0];
            if (placeholder) add(shown.case, `shows ${placeholder} unfilled: "${text}"`);
          }
        const dir = RTL.has(lang) ? 'rtl' : 'ltr';
        for (const widget of await tab.evaluate(widgetLangs))
          if (widget.lang !== lang || widget.dir !== dir)
            add(widget.case, `lang="${widget.lang}" dir="${widget.dir}", not lang="${lang}" dir="${dir}"`);
        const messages = lang === 'en' ? english : await catalogue(lang);
        const controls = await tab.evaluate(
          (table) =>
            table.map(([name, selector]) =>
              document
                .querySelector(`[data-case="${name}"] > :last-child`)
                ?.shadowRoot?.querySelector(selector)
                ?.textContent?.replace(/\s+/g, ' ')
                .trim(),
            ),
          TRANSLATED,
        );
        TRANSLATED.forEach(([name, selector, key], i) => {
          if (controls[i] !== messages[key])
            add(name, `${selector} says "${controls[i]}", not the catalogue's ${key} "${String(messages[key])}"`);
        });
        if (AXE_LANGS.has(lang)) {
          // Two rules judge the page around the widgets, not the widgets: it has no heading of its
          // own, and it shows the same widget, with the same title, in several states.
          const rules = { 'page-has-heading-one': { enabled: false }, 'landmark-unique': { enabled: false } };
          for (const v of await tab.evaluate(axeViolations, { rules })) add('axe', v);
        }
        for (const name of failed) {
          const section = await tab.$(`[data-case="${name}"]`);
          await section?.screenshot({ path: join(out, 'languages', `${lang}-${name}.png`) as `${string}.png` });
        }
        const boxes = await tab.evaluate(
          missingGlyphs,
          shownTexts.flatMap((shown) => shown.texts),
        );
        if (boxes.length > 0)
          t.diagnostic(
            `${lang}: no font here draws ${boxes.length} of its characters (${boxes.slice(0, 8).join('')}…): they are measured and photographed as empty boxes`,
          );
        if (SCRIPTS.has(lang)) {
          // A phone at the default text size: the size a reader of the script sees it most.
          await tab.evaluate(() => (document.documentElement.style.fontSize = '100%'));
          await resize(tab, 360);
          await (await tab.$('[data-case="petition-form"]'))!.screenshot({
            path: join(out, 'scripts', `${lang}.png`) as `${string}.png`,
          });
          await tab.evaluate(() => (document.documentElement.style.fontSize = ''));
        }
        assert.deepEqual(problems, [], `${lang}, 320 px, 200 %:\n${problems.join('\n')}`);
      });
  });
});
