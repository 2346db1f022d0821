/*
 * The console's Content and Sites pages in Chromium against the real server:
 * an editor creates a poll (errors first, then valid), previews the real
 * <civic-poll> as a draft and in French, opens it and copies the embed code;
 * an admin allows a site after it appeared among the refused ones, and a page
 * on that site can then vote. Also: duplicating, archiving and unarchiving,
 * locked options and scales, dates in the browser's time zone, read-only
 * roles, the keyboard path for creating a poll, hostile text, axe in every
 * state and no CSP problems. The model's pure functions (ids, dates, error
 * messages) are checked in Node first.
 */
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ElementHandle } from 'puppeteer-core';
import {
  describeError,
  duplicateForm,
  embedSnippet,
  emptyForm,
  firstText,
  formErrors,
  fromLocalInput,
  phaseNow,
  slugify,
  toDefinition,
  toForm,
  toLocalInput,
  uniqueId,
} from '../packages/admin/src/content/model.js';
import { PreviewAdapter, PreviewError } from '../packages/admin/src/preview-adapter.js';
import { type ConsoleHarness, type ConsolePage, startConsole } from './support/console.js';

describe('Content model', () => {
  test('ids are suggested from titles as slugs, and made unique', () => {
    assert.equal(slugify('Night buses: which routes?'), 'night-buses-which-routes');
    assert.equal(slugify('  Éducation à la santé — 2027 '), 'education-a-la-sante-2027');
    assert.equal(slugify('Straße'), 'strasse');
    assert.equal(slugify('ما رأيك؟'), '', 'no Latin letters: the person types an id');
    const long = slugify('word '.repeat(30));
    assert.ok(long.length <= 64 && /^[a-z0-9][a-z0-9-]*[a-z0-9]$/.test(long), long);
    assert.equal(uniqueId('night-buses', new Set(['night-buses', 'night-buses-2'])), 'night-buses-3');
    assert.equal(uniqueId('x'.repeat(64), new Set(['x'.repeat(64)])).length, 64);
  });

  test('datetime-local values are the browser time zone, and an unchanged value keeps the stored one', () => {
    const iso = fromLocalInput('2027-03-01T09:00');
    assert.equal(iso, new Date(2027, 2, 1, 9, 0).toISOString());
    assert.equal(toLocalInput(iso), '2027-03-01T09:00');
    assert.equal(fromLocalInput('', '2027-03-01T09:00:30.000Z'), null);
    const stored = new Date(2027, 2, 1, 9, 0, 30).toISOString();
    assert.equal(fromLocalInput(toLocalInput(stored), stored), stored, 'seconds kept when the minute did not change');
  });

  /** A stored poll, as the admin API gives it. */
  const storedPoll = {
    id: 'bus',
    question: 'Q?',
    description: null,
    options: [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ],
    mode: 'multiple' as const,
    maxChoices: 2,
    opensAt: null,
    closesAt: '2027-01-01T00:00:00.000Z',
    status: 'open' as const,
    resultsVisibility: 'always' as const,
    allowChange: true,
  };

  test('forms round-trip definitions; a copy is a draft under a free id without the response', () => {
    const poll = storedPoll;
    const { id: _id, ...definition } = poll;
    assert.deepEqual(toDefinition(toForm('polls', poll), false), { ...definition, description: '' });
    const copy = duplicateForm('polls', poll, new Set(['bus', 'bus-copy']));
    assert.equal(copy.id, 'bus-copy-2');
    assert.equal(copy.status, 'draft');
    const petition = duplicateForm(
      'petitions',
      {
        id: 'p',
        title: 'T',
        summary: '',
        body: '',
        goal: 10,
        milestones: [],
        opensAt: null,
        closesAt: null,
        status: 'responded',
        response: { body: 'We agree', respondedAt: '2026-01-01T00:00:00.000Z' },
        regions: [],
        signatureCount: 4,
      },
      new Set(),
    );
    assert.equal((toDefinition(petition, true) as { response: unknown }).response, null);
    assert.equal(emptyForm('threads').status, 'open', 'threads have no drafts');
  });

  test('who can take part and the flood challenge: round-tripped, and left out where they say nothing', () => {
    const poll = {
      ...storedPoll,
      eligibility: {
        kind: 'verified' as const,
        signIn: 'https://www.city.gov/sign-in',
        claim: { name: 'area', anyOf: ['north', 'south'] },
      },
      challenge: 'always' as const,
    };
    const form = toForm('polls', poll);
    assert.equal(form.eligibility, 'verified');
    assert.equal(form.claimValues, 'north, south');
    const out = toDefinition(form, false) as Record<string, unknown>;
    assert.deepEqual(out['eligibility'], poll.eligibility);
    assert.equal(out['challenge'], 'always');
    const open = toDefinition({ ...form, eligibility: 'anyone', challenge: false }, false) as Record<string, unknown>;
    assert.equal('eligibility' in open || 'challenge' in open, false, 'anyone, no challenge: nothing sent');
    const noClaim = toDefinition({ ...form, claimName: ' ' }, false) as { eligibility: unknown };
    assert.deepEqual(noClaim.eligibility, { kind: 'verified', signIn: 'https://www.city.gov/sign-in' });
    const thread = toDefinition({ ...emptyForm('threads'), eligibility: 'verified', challenge: true }, false);
    assert.equal('eligibility' in thread, false, 'discussions have no eligibility');
    assert.equal((thread as { challenge?: string }).challenge, 'always');
  });

  test('texts by language: the form holds every language, first in its fields, the others beside them, and sends them back', () => {
    const poll = {
      id: 'bus',
      question: { en: 'Which day?', cy: 'Pa ddiwrnod?' },
      description: 'Plain, in one language',
      options: [
        { id: 'sat', label: { en: 'Saturday', cy: 'Dydd Sadwrn' } },
        { id: 'sun', label: { cy: 'Dydd Sul', en: 'Sunday' } },
      ],
      mode: 'single' as const,
      maxChoices: 1,
      opensAt: null,
      closesAt: null,
      status: 'open' as const,
      resultsVisibility: 'always' as const,
      allowChange: false,
    };
    const form = toForm('polls', poll);
    assert.deepEqual(form.languages, ['en', 'cy']);
    assert.equal((form as { question: string }).question, 'Which day?');
    assert.deepEqual(form.translations['question'], { cy: 'Pa ddiwrnod?' });
    const definition = toDefinition(form, false) as typeof poll;
    assert.deepEqual(definition.question, poll.question);
    assert.deepEqual(
      definition.description,
      { en: 'Plain, in one language' },
      'a text not yet translated is marked as the first language (widgets mark it so for screen readers)',
    );
    assert.deepEqual(definition.options[1]!.label, { en: 'Sunday', cy: 'Dydd Sul' }, 'the first language first');

    // A language added to plain content: the texts become maps; blank translations are left out.
    const plain = toForm('polls', {
      ...poll,
      question: 'Which day?',
      options: poll.options.map((o) => ({ ...o, label: firstText(o.label) })),
    });
    assert.deepEqual(plain.languages, []);
    plain.languages = ['en', 'fr'];
    plain.translations = { question: { fr: 'Quel jour ?' } };
    const sent = toDefinition(plain, false) as { question: unknown; options: { label: unknown }[] };
    assert.deepEqual(sent.question, { en: 'Which day?', fr: 'Quel jour ?' });
    assert.deepEqual(sent.options[0]!.label, { en: 'Saturday' });
    // Back to one language: plain text again.
    plain.languages = ['en'];
    assert.equal((toDefinition(plain, false) as { question: unknown }).question, 'Which day?');
  });

  test('server messages become plain ones, in the order of the form', () => {
    assert.deepEqual(describeError('polls', 'question', 'Required'), {
      key: 'rule.required',
      params: {},
      label: { key: 'field.polls.question' },
    });
    assert.equal(describeError('polls', 'options', 'Locked').key, 'rule.optionsLocked');
    assert.equal(describeError('services', 'scale', 'Locked').key, 'rule.scaleLocked');
    assert.equal(describeError('polls', 'id', 'Taken').key, 'rule.taken');
    assert.equal(describeError('polls', 'options', 'Invalid input').key, 'rule.options');
    assert.deepEqual(describeError('polls', 'options.1.label', 'At most 200 characters').label, {
      key: 'label.option.label',
      params: { n: 2 },
    });
    assert.equal(describeError('threads', 'maxDepth', 'Invalid input').key, 'rule.wholeRange');
    assert.equal(describeError('petitions', 'milestones.0.count', 'Invalid input').key, 'rule.wholeMin');
    assert.equal(describeError('polls', 'opensAt', 'Invalid input').key, 'rule.date');
    const form = emptyForm('polls');
    const errors = formErrors(form, [
      { path: 'id', message: 'x' },
      { path: 'options.1.label', message: 'x' },
      { path: 'options.0.id', message: 'x' },
      { path: 'options.0.label', message: 'x' },
      { path: 'question', message: 'x' },
      { path: 'status', message: 'x' },
    ]);
    assert.deepEqual(
      errors.map((e) => e.path),
      ['question', 'options.0.label', 'options.1.label', 'status'],
      'ids that would follow an empty title or label are left out',
    );
    assert.equal(phaseNow({ status: 'open', opensAt: '2999-01-01T00:00:00Z' }), 'scheduled');
    assert.equal(phaseNow({ status: 'open', closesAt: '2000-01-01T00:00:00Z' }), 'closed');
    assert.equal(phaseNow({ status: 'open', archivedAt: '2026-01-01T00:00:00Z' }), 'closed', 'archived is closed to citizens');
    assert.equal(phaseNow({ status: 'draft', archivedAt: '2026-01-01T00:00:00Z' }), 'draft', 'an archived draft stays unseen');
  });

  test('the embed code is the one script tag and the element', () => {
    assert.equal(
      embedSnippet('services', 'page-feedback', 'https://participate.example.gov'),
      '<script type="module" src="https://participate.example.gov/cdn/civic-widgets.js" data-endpoint="https://participate.example.gov/api/v1"></script>\n' +
        '<civic-rating service-id="page-feedback"></civic-rating>',
    );
  });

  test('the preview adapter refuses every write with a PreviewError and sends nothing', async () => {
    let calls = 0;
    const adapter = new PreviewAdapter({ fetch: async () => (calls++, new Response('{}')) });
    for (const write of [
      () => adapter.vote(),
      () => adapter.postComment(),
      () => adapter.setUpvote(),
      () => adapter.reportComment(),
      () => adapter.signPetition(),
      () => adapter.rate(),
      () => adapter.amendRating(),
    ])
      await assert.rejects(write(), (e: unknown) => e instanceof PreviewError && /preview/i.test((e as Error).message));
    assert.equal(calls, 0);
  });
});

/**
 * Deep helpers in the page, as strings (a function would carry the test compiler's helpers).
 * `deepAll('civic-poll >>> button')` finds buttons inside a <civic-poll>'s shadow root, at any depth.
 */
const DEEP_ALL = `window.deepAll = function deepAll(selector, root = document) {
  const [first, ...rest] = selector.split(' >>> ');
  const found = [];
  (function walk(node) {
    found.push(...node.querySelectorAll(first));
    for (const el of node.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
  })(root);
  if (!rest.length) return found;
  return found.flatMap((host) => (host.shadowRoot ? deepAll(rest.join(' >>> '), host.shadowRoot) : []));
};
window.deepActive = function deepActive() {
  let a = document.activeElement;
  while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
  return a;
};
window.accessibleLabel = function accessibleLabel(el) {
  if (!el) return '';
  const root = el.getRootNode();
  if (el.id) {
    const label = root.querySelector('label[for="' + el.id + '"]');
    if (label) return label.textContent.trim();
  }
  return (el.getAttribute('aria-label') || el.textContent || '').replace(/\\s+/g, ' ').trim();
};`;

async function deepHelpers(p: ConsolePage): Promise<void> {
  await p.page.evaluateOnNewDocument(DEEP_ALL);
  await p.page.evaluate(DEEP_ALL);
}

/** The first element matching `selector` (see `deepAll`) whose text contains `text`. */
async function byText(p: ConsolePage, selector: string, text = ''): Promise<ElementHandle<Element>> {
  const expression = `deepAll(${JSON.stringify(selector)}).find((el) => el.textContent.includes(${JSON.stringify(text)})) || null`;
  await p.page.waitForFunction(expression, { polling: 50, timeout: 10_000 });
  return (await p.page.evaluateHandle(expression)) as ElementHandle<Element>;
}

/** The first element matching `selector` (see `deepAll`). */
const q = (p: ConsolePage, selector: string) => byText(p, selector);

/** The id of the focused element, through shadow roots. */
function focusedId(p: ConsolePage): Promise<string> {
  return p.page.evaluate('deepActive() ? deepActive().id : ""') as Promise<string>;
}

/** Text of the first element matching a selector (see `deepAll`), through shadow roots. */
async function textOf(p: ConsolePage, selector: string): Promise<string> {
  await q(p, selector);
  return p.page.evaluate(`deepText(deepAll(${JSON.stringify(selector)})[0])`) as Promise<string>;
}

async function waitForText(p: ConsolePage, selector: string, pattern: RegExp): Promise<void> {
  await q(p, selector);
  await p.page.waitForFunction(`${pattern.toString()}.test(deepText(deepAll(${JSON.stringify(selector)})[0]))`, {
    polling: 50,
    timeout: 10_000,
  });
}

/** Replaces a field's text by typing, as a person would. */
async function typeInto(p: ConsolePage, selector: string, text: string): Promise<void> {
  const field = await q(p, selector);
  await field.click({ count: 3 });
  await p.page.keyboard.press('Backspace');
  await p.page.keyboard.type(text);
}

/** Presses Tab until the focused element's label is `label` (at most `max` times); fails otherwise. */
async function tabTo(p: ConsolePage, label: string | RegExp, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await p.page.keyboard.press('Tab');
    const current = (await p.page.evaluate('accessibleLabel(deepActive())')) as string;
    if (typeof label === 'string' ? current === label : label.test(current)) return;
  }
  assert.fail(`no focusable "${label}" within ${max} Tab presses`);
}

async function vote(base: string, pollId: string, origin: string | null, voter: string): Promise<Response> {
  return fetch(`${base}/api/v1/polls/${pollId}/votes`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-civic-voter': voter,
      ...(origin ? { origin } : {}),
    },
    body: JSON.stringify({ choices: ['route-n1'] }),
  });
}

describe('Console: content and sites', () => {
  let h: ConsoleHarness;
  let editorEmail: string;
  before(async () => {
    h = await startConsole();
    editorEmail = await h.staff('editor');
  });
  after(() => h.close());
  // Each test's pages (each its own browser context) are closed after it.
  const pages: ConsolePage[] = [];
  afterEach(async () => {
    for (const p of pages.splice(0))
      await p.page
        .browserContext()
        .close()
        .catch(() => undefined);
  });
  const signedIn = async (...args: Parameters<ConsoleHarness['signedIn']>) => {
    const p = await h.signedIn(...args);
    pages.push(p);
    await deepHelpers(p);
    return p;
  };

  test('an editor creates a poll: errors first, then valid; previews the draft, in French; opens it; copies the code', async () => {
    const p = await signedIn(editorEmail, '#/content/polls');
    assert.match(await p.text(), /There are no polls yet\.\s+Create a poll to ask people a question/);
    assert.deepEqual(await p.axe(), [], 'empty list');

    await (await p.find('#create')).click();
    await p.find('#field-question');
    assert.deepEqual(await p.axe(), [], 'new poll form');

    // Saved empty: the summary lists each problem in plain words, in the order of the form, and takes focus.
    await (await p.find('#save')).click();
    await p.find('#error-summary');
    assert.equal(await focusedId(p), 'error-summary');
    const summary = await textOf(p, '#error-summary');
    assert.match(
      summary,
      /There is a problem[\s\S]*Question cannot be empty[\s\S]*Label of option 1 cannot be empty[\s\S]*Label of option 2 cannot be empty/,
    );
    assert.doesNotMatch(summary, /Id of option 1/, 'an id made from an empty label is not an error of its own');
    assert.match(await textOf(p, '#field-question-error'), /Question cannot be empty/);
    assert.match(await textOf(p, '#field-options-1-label-error'), /Label of option 2 cannot be empty/);
    assert.deepEqual(await p.axe(), [], 'form with errors');
    // Each link moves focus to its field, nested ones included.
    await (await byText(p, '#error-summary a', 'Question cannot be empty')).click();
    assert.equal(await focusedId(p), 'field-question');
    await (await byText(p, '#error-summary a', 'Label of option 2')).click();
    assert.equal(await focusedId(p), 'field-options-1-label');

    // Filled in: the ids follow the question and the labels.
    await typeInto(p, '#field-question', 'Which night bus routes should run?');
    assert.equal(
      await p.page.evaluate(`deepQuery('#field-id').value`),
      'which-night-bus-routes-should-run',
      'the id is suggested from the question',
    );
    await typeInto(p, '#field-options-0-label', 'Route N1');
    await typeInto(p, '#field-options-1-label', 'Route N2');
    await (await p.find('#add-options')).click();
    assert.equal(await focusedId(p), 'field-options-2-label', 'a new option takes focus');
    await p.page.keyboard.type('Route N3');
    // Moved to the top by its button; focus stays on the moving option.
    const moveUp = await byText(p, 'button', 'Move up: Option 3');
    await moveUp.click();
    await (await byText(p, 'button', 'Move up: Option 2')).click();
    assert.deepEqual(
      await p.page.evaluate(
        `['#field-options-0-id', '#field-options-1-id', '#field-options-2-id'].map((s) => deepQuery(s).value)`,
      ),
      ['route-n3', 'route-n1', 'route-n2'],
    );
    await typeInto(p, '#field-id', 'night-buses');
    await (await p.find('#save')).click();

    // Created as a draft: its page, a notice, the preview with the real widget.
    await waitForText(p, 'h1', /Which night bus routes should run\?/);
    await waitForText(p, '#notice', /saved as a draft/);
    assert.equal(await p.page.evaluate('location.hash'), '#/content/polls/night-buses');
    const stored = await h.admin<{ status: string; options: { id: string }[] }>('GET', '/polls/night-buses');
    assert.equal(stored.status, 'draft');
    assert.deepEqual(
      stored.options.map((o) => o.id),
      ['route-n3', 'route-n1', 'route-n2'],
    );
    await p.find('civic-poll');
    await waitForText(p, 'civic-poll', /Which night bus routes should run\?/);
    await waitForText(p, 'civic-poll', /Vote/);
    assert.match(await p.text(), /only staff can see this preview/);
    assert.deepEqual(await p.axe(), [], 'draft with its preview');

    // A vote in the preview is not sent, and the page says so.
    await (await q(p, 'civic-poll >>> input[type=radio]')).click();
    await (await byText(p, 'civic-poll >>> button', 'Vote')).click();
    await waitForText(p, 'civic-console-preview', /This is a preview: nothing was sent or counted/);
    assert.equal((await h.admin<{ participants: number }[]>('GET', '/polls'))[0]!.participants, 0);

    // The preview in French: the widget's own words change. Every language the widgets speak is offered.
    assert.ok(
      (await p.page.evaluate(`deepQuery('#preview-lang').options.length`)) >= 60,
      'the preview offers every widget language',
    );
    await (await p.find('#preview-lang')).select('fr');
    await waitForText(p, 'civic-poll', /Voter/);
    assert.equal(await p.page.evaluate(`deepQuery('civic-poll').getAttribute('lang')`), 'fr');
    await (await p.find('#preview-lang')).select('cy');
    await waitForText(p, 'civic-poll', /Pleidleisio/);
    await (await p.find('#preview-lang')).select('fr');
    await waitForText(p, 'civic-poll', /Voter/);
    // Dark background: the widget reads the theme's custom properties.
    await (await p.find('#preview-bg-dark')).click();
    assert.equal(
      await p.page.evaluate(`getComputedStyle(deepQuery('civic-poll')).getPropertyValue('--civic-color-surface').trim()`),
      '#111827',
    );
    assert.deepEqual(await p.axe(), [], 'preview in French on a dark page');

    // Opened.
    await (await p.find('#action-open')).click();
    await waitForText(p, '#notice', /It is open/);
    assert.equal((await h.admin<{ status: string }>('GET', '/polls/night-buses')).status, 'open');
    assert.doesNotMatch(await textOf(p, 'civic-console-preview'), /only staff can see this preview/);

    // The code to put it on a page, copied.
    await p.page.browserContext().overridePermissions(h.base, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    const expected =
      `<script type="module" src="${h.base}/cdn/civic-widgets.js" data-endpoint="${h.base}/api/v1"></script>\n` +
      `<civic-poll poll-id="night-buses"></civic-poll>`;
    assert.equal(await p.page.evaluate(`deepQuery('#embed-code').textContent`), expected);
    await (await byText(p, 'civic-console-snippet >>> button', 'Copy code')).click();
    await waitForText(p, 'civic-console-snippet >>> [role=status]', /Copied|selected/);
    const status = await textOf(p, 'civic-console-snippet >>> [role=status]');
    if (/Copied/.test(status)) assert.equal(await p.page.evaluate('navigator.clipboard.readText()'), expected);
    else assert.equal(await p.page.evaluate('String(getSelection())'), expected, 'without a clipboard the code is selected');
    assert.match(await textOf(p, 'civic-console-snippet'), /Check that your site is allowed under Sites/);
    assert.deepEqual(await p.axe(), [], 'open poll');
    assert.deepEqual(p.problems, []);
  });

  test('an admin allows a site after it was refused, and a page on that site can then vote', async () => {
    await h.admin('POST', '/polls', {
      id: 'night-routes',
      question: 'Night routes?',
      options: [
        { id: 'route-n1', label: 'N1' },
        { id: 'route-n2', label: 'N2' },
      ],
    });
    const origin = 'https://news.riverton.example';
    const refused = await vote(h.base, 'night-routes', origin, 'citizen-token-0000000001');
    assert.equal(refused.status, 403, 'a site not allowed yet cannot vote');
    h.server.config.allowedOrigins.push('https://www.riverton.example');

    const p = await signedIn(await h.staff('admin'), '#/sites');
    await waitForText(p, 'civic-console-sites', /Sites refused recently/);
    const refusedTable = await textOf(p, 'civic-console-sites >>> table');
    assert.match(refusedTable, new RegExp(`${origin.replace(/\./g, '\\.')}\\s+1`), 'the refused site with its count');
    const allowed = await p.text();
    assert.match(allowed, /https:\/\/www\.riverton\.example\s+Server setting/);
    assert.deepEqual(await p.axe(), [], 'sites with a refused one');

    // The add form explains a wrong address and links to the field.
    await typeInto(p, '#field-origin', 'not a web address');
    await p.page.keyboard.press('Enter');
    await p.find('#error-summary');
    assert.match(await textOf(p, '#error-summary'), /Enter the web address of the site, like https:\/\/www\.city\.gov/);
    assert.deepEqual(await p.axe(), [], 'add form with an error');
    await (await byText(p, '#error-summary a', 'Enter the web address')).click();
    assert.equal(await focusedId(p), 'field-origin');

    await (await byText(p, 'civic-console-sites >>> button', `Allow: ${origin}`)).click();
    await waitForText(p, '#notice', /is allowed: people on its pages can now take part/);
    assert.match(await textOf(p, 'civic-console-sites'), /No site has been refused recently/);
    assert.equal((await vote(h.base, 'night-routes', origin, 'citizen-token-0000000001')).status, 200, 'now it can vote');

    // Removing asks first; a server setting cannot be removed here.
    await (await byText(p, 'civic-console-sites >>> button', `Remove: ${origin}`)).click();
    await q(p, 'civic-console-confirm >>> dialog[open]');
    assert.deepEqual(await p.axe(), [], 'removal confirmation');
    await (await q(p, 'civic-console-confirm >>> button[value=confirm]')).click();
    await waitForText(p, '#notice', /is no longer allowed/);
    assert.equal((await vote(h.base, 'night-routes', origin, 'citizen-token-0000000002')).status, 403);
    assert.equal(
      await p.page.evaluate(
        `deepAll('civic-console-sites >>> button').some((b) => b.textContent.includes('www.riverton.example'))`,
      ),
      false,
      'no Remove button for a site set in CIVIC_ALLOWED_ORIGINS',
    );
    assert.deepEqual(p.problems, []);
  });

  test('duplicate creates a copy with a new id; closing asks first', async () => {
    await h.admin('POST', '/petitions', {
      id: 'safe-streets',
      title: 'Safe streets near schools',
      goal: 1000,
      milestones: [{ count: 500, label: 'Council debate' }],
      regions: [{ id: 'north', label: 'North' }],
      status: 'open',
    });
    await h.admin('POST', '/petitions/safe-streets/response', { body: 'The council will study it.' });
    const p = await signedIn(editorEmail, '#/content/petitions/safe-streets');
    await p.find('civic-petition');
    await (await p.find('#action-duplicate')).click();
    await waitForText(p, 'h1', /Copy a petition/);
    await p.find('#field-id');
    assert.equal(await p.page.evaluate(`deepQuery('#field-id').value`), 'safe-streets-copy');
    assert.deepEqual(await p.axe(), [], 'copy form');
    await (await p.find('#save')).click();
    await waitForText(p, 'h1', /Safe streets near schools/);
    assert.equal(await p.page.evaluate('location.hash'), '#/content/petitions/safe-streets-copy');
    const copy = await h.admin<{ status: string; milestones: unknown[]; regions: unknown[] }>(
      'GET',
      '/petitions/safe-streets-copy',
    );
    assert.equal(copy.status, 'draft');
    assert.equal(copy.milestones.length, 1);
    assert.equal(copy.regions.length, 1);

    // Back on the original: closing is confirmed in a dialog, and Cancel changes nothing.
    await p.go('#/content/petitions/safe-streets');
    await (await p.find('#action-close')).click();
    await q(p, 'civic-console-confirm >>> dialog[open]');
    assert.match(await textOf(p, 'civic-console-confirm'), /Close this petition\?[\s\S]*no longer be able to sign/);
    await (await q(p, 'civic-console-confirm >>> button[value=cancel]')).click();
    assert.equal((await h.admin<{ status: string }>('GET', '/petitions/safe-streets')).status, 'open');
    await (await p.find('#action-close')).click();
    await q(p, 'civic-console-confirm >>> dialog[open]');
    await (await q(p, 'civic-console-confirm >>> button[value=confirm]')).click();
    await waitForText(p, '#notice', /It is closed/);
    assert.equal((await h.admin<{ status: string }>('GET', '/petitions/safe-streets')).status, 'closed');
    // Editing here keeps the official response written on the Petitions page.
    await typeInto(p, '#field-title', 'Safer streets near schools');
    await (await p.find('#save')).click();
    await waitForText(p, '#notice', /Your changes are saved/);
    const edited = await h.admin<{ title: string; response: { body: string } | null }>('GET', '/petitions/safe-streets');
    assert.equal(edited.title, 'Safer streets near schools');
    assert.equal(edited.response?.body, 'The council will study it.');

    // The list shows both, and the search finds by words and by id.
    await p.go('#/content/petitions');
    await typeInto(p, '#search', 'COPY');
    await waitForText(p, '.count-line', /1 of \d+ shown/);
    assert.match(await textOf(p, 'table'), /safe-streets-copy/);
    assert.deepEqual(await p.axe(), [], 'list with a search');
    assert.deepEqual(p.problems, []);
  });

  test('archiving from the item page: the poll leaves the list, shows under Archived, stays closed to citizens; Unarchive brings it back', async () => {
    await h.admin('POST', '/polls', {
      id: 'playgrounds-2025',
      question: 'Which playground should be renewed first?',
      options: [
        { id: 'route-n1', label: 'Riverside' },
        { id: 'route-n2', label: 'Market square' },
      ],
      resultsVisibility: 'after-close',
    });
    assert.equal((await vote(h.base, 'playgrounds-2025', null, 'citizen-token-archive-01')).status, 200);
    await h.admin('POST', '/polls', {
      id: 'playgrounds-2026',
      question: 'Which playground next?',
      options: [
        { id: 'a', label: 'Park' },
        { id: 'b', label: 'School' },
      ],
    });
    const p = await signedIn(editorEmail, '#/content/polls/playgrounds-2025');
    await waitForText(p, 'civic-poll', /Vote/);

    // Archiving asks first, and says what it does.
    await (await p.find('#action-archive')).click();
    await q(p, '#confirm-archive >>> dialog[open]');
    assert.match(
      await textOf(p, '#confirm-archive'),
      /Archive this poll\?[\s\S]*people can no longer vote[\s\S]*unarchive it later/,
    );
    assert.deepEqual(await p.axe(), [], 'archive confirmation');
    await (await q(p, '#confirm-archive >>> button[value=confirm]')).click();
    await waitForText(p, '#notice', /It is archived/);
    assert.ok((await h.admin<{ archivedAt?: string }>('GET', '/polls/playgrounds-2025')).archivedAt);
    await waitForText(p, '#archived-note', /Archived on .+ Citizens see it as closed/);
    assert.match(await textOf(p, '.status-line'), /Archived/);
    // Read-only until unarchived: no open, close or archive, no form; the settings and the preview stay.
    assert.equal(
      await p.page.evaluate(
        `!deepQuery('#action-open') && !deepQuery('#action-close') && !deepQuery('#action-archive') && !deepQuery('#save') && !!deepQuery('#action-unarchive')`,
      ),
      true,
    );
    assert.match(await textOf(p, '.summary-list'), /Which playground should be renewed first\?/);
    await waitForText(p, 'civic-poll', /This poll is closed/);
    assert.equal((await vote(h.base, 'playgrounds-2025', null, 'citizen-token-archive-02')).status, 423, 'citizens cannot vote');
    assert.deepEqual(await p.axe(), [], 'archived poll');

    // Out of the list; under Archived.
    await p.go('#/content/polls');
    await waitForText(p, 'table', /Polls, newest first[\s\S]*playgrounds-2026/);
    assert.doesNotMatch(await textOf(p, 'table'), /playgrounds-2025/);
    await (await p.find('#show-archived')).click();
    await waitForText(
      p,
      'table',
      /Archived polls, newest first[\s\S]*Which playground should be renewed first\?[\s\S]*playgrounds-2025\s+Archived/,
    );
    assert.equal(await p.page.evaluate(`deepQuery('#show-archived').getAttribute('aria-current')`), 'page');
    assert.deepEqual(await p.axe(), [], 'archived list');

    // Unarchived from its page: back as it was, in the list, editable.
    await (await byText(p, 'table a', 'Which playground should be renewed first?')).click();
    await (await p.find('#action-unarchive')).click();
    await waitForText(p, '#notice', /no longer archived/);
    const stored = await h.admin<{ status: string; archivedAt?: string }>('GET', '/polls/playgrounds-2025');
    assert.equal(stored.archivedAt, undefined);
    assert.equal(stored.status, 'open');
    await p.find('#field-question');
    await p.find('#action-close');
    await waitForText(p, 'civic-poll', /Vote/);
    await p.go('#/content/polls?show=archived');
    await waitForText(p, '.empty', /Nothing here is archived/);
    await (await p.find('#show-current')).click();
    await waitForText(p, 'table', /playgrounds-2025/);
    assert.deepEqual(p.problems, []);
  });

  test('option and scale changes refused once people took part are explained; times use the browser time zone', async () => {
    await h.admin('POST', '/polls', {
      id: 'voted-poll',
      question: 'Voted?',
      options: [
        { id: 'yes', label: 'Yes' },
        { id: 'no', label: 'No' },
      ],
    });
    await fetch(`${h.base}/api/v1/polls/voted-poll/votes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-civic-voter': 'someone-who-voted-0001' },
      body: JSON.stringify({ choices: ['yes'] }),
    });
    const p = await signedIn(editorEmail, '', {});
    await p.page.emulateTimezone('Europe/Paris');
    await p.go('#/content/polls/voted-poll');
    await waitForText(p, 'civic-console-content', /People have already voted, so options can no longer be added/);
    assert.equal(await p.page.evaluate(`deepQuery('#field-options-0-id').readOnly`), true);
    assert.equal(await p.page.evaluate(`deepAll('button').some((b) => /Move|Remove|Add an option/.test(b.textContent))`), false);
    // Labels can still change; a closing time is entered in the browser's zone and stored in UTC.
    await typeInto(p, '#field-options-0-label', 'Yes, please');
    assert.match(await textOf(p, '#field-closesAt-hint'), /Europe\/Paris/);
    await p.page.evaluate(
      `(() => { const i = deepQuery('#field-closesAt'); i.value = '2031-03-01T09:00'; i.dispatchEvent(new Event('input', { bubbles: true })); })()`,
    );
    await (await p.find('#save')).click();
    await waitForText(p, '#notice', /Your changes are saved/);
    const poll = await h.admin<{ closesAt: string; options: { label: string }[] }>('GET', '/polls/voted-poll');
    assert.equal(poll.closesAt, '2031-03-01T08:00:00.000Z', '09:00 in Paris is 08:00 UTC');
    assert.equal(poll.options[0]!.label, 'Yes, please');

    // A service rated once keeps its scale: the server's refusal, in plain words, beside the field.
    await h.admin('POST', '/services', { id: 'permits', name: 'Parking permits', question: 'How easy was it?' });
    await fetch(`${h.base}/api/v1/services/permits/ratings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-civic-voter': 'someone-who-rated-0001' },
      body: JSON.stringify({ score: 4 }),
    });
    await p.go('#/content/services/permits');
    await (await p.find('#field-scale-yesno')).click();
    await (await p.find('#save')).click();
    await p.find('#error-summary');
    assert.match(await textOf(p, '#error-summary'), /People have already rated this service, so its scale can no longer change/);
    assert.match(await textOf(p, '#field-scale-error'), /can no longer change/);
    await (await byText(p, '#error-summary a', 'its scale')).click();
    assert.equal(await focusedId(p), 'field-scale');
    assert.deepEqual(await p.axe(), [], 'refused scale change');
    assert.deepEqual(p.problems, []);
  });

  test('an analyst sees lists and previews but no edit buttons', async () => {
    await h.admin('POST', '/threads', { id: 'library-hours', title: 'Library opening hours' });
    const p = await signedIn(await h.staff('analyst'), '#/content/threads');
    await waitForText(p, 'table', /Library opening hours/);
    const noWrites = `!deepQuery('#create') && !deepAll('a, button').some((b) => /^(Create|Open now|Close|Duplicate|Save)/.test(b.textContent.trim()))`;
    assert.equal(await p.page.evaluate(noWrites), true, 'no create button');
    assert.deepEqual(await p.axe(), [], 'analyst list');
    await p.go('#/content/threads/library-hours');
    await p.find('civic-comments');
    await waitForText(p, 'civic-console-content', /You can see this content but not change it/);
    assert.equal(await p.page.evaluate(noWrites), true, 'no edit, open, close or duplicate');
    assert.equal(
      await p.page.evaluate(`deepQuery('civic-console-content').shadowRoot.querySelectorAll('form').length`),
      0,
      'no form',
    );
    assert.match(await textOf(p, '.summary-list'), /When do comments appear\?\s+At once/);
    assert.deepEqual(await p.axe(), [], 'analyst item');
    await p.go('#/sites');
    await waitForText(p, 'civic-console-sites', /Only administrators can change this list/);
    assert.equal(await p.page.evaluate(`deepAll('civic-console-sites >>> button, form').length`), 0);
    assert.deepEqual(p.problems, []);
  });

  test('keyboard alone: create a poll from the list', async () => {
    const p = await signedIn(editorEmail, '#/content/polls');
    await tabTo(p, 'Create a poll');
    await p.page.keyboard.press('Enter');
    await p.find('#field-question');
    await tabTo(p, 'Question');
    await p.page.keyboard.type('Should the pool open on Sundays?');
    await tabTo(p, 'Label');
    await p.page.keyboard.type('Yes');
    await tabTo(p, 'Label');
    await p.page.keyboard.type('No');
    await tabTo(p, /^Add an option$/);
    await p.page.keyboard.press('Enter');
    assert.equal(await focusedId(p), 'field-options-2-label');
    await p.page.keyboard.type('Only in summer');
    await tabTo(p, /^Move up/);
    await p.page.keyboard.press('Enter');
    // A group of radios is one Tab stop; the arrow keys choose.
    await tabTo(p, 'One option');
    await p.page.keyboard.press('ArrowDown');
    await tabTo(p, 'Draft: only staff can see it');
    await p.page.keyboard.press('ArrowDown');
    await tabTo(p, 'Save');
    await p.page.keyboard.press('Enter');
    await waitForText(p, 'h1', /Should the pool open on Sundays\?/);
    const poll = await h.admin<{ mode: string; status: string; options: { id: string }[] }>(
      'GET',
      '/polls/should-the-pool-open-on-sundays',
    );
    assert.equal(poll.mode, 'multiple');
    assert.equal(poll.status, 'open');
    assert.deepEqual(
      poll.options.map((o) => o.id),
      ['yes', 'only-in-summer', 'no'],
    );
    assert.deepEqual(p.problems, []);
  });

  test('a poll in English and Welsh, written side by side: stored by language, previewed in each, edited again', async () => {
    const p = await signedIn(editorEmail, '#/content/polls/new');
    await p.find('#field-question');
    // Welsh added by keyboard: its fields appear beside each text, and focus goes to the first.
    await (await q(p, '#language-add')).select('cy');
    await (await q(p, '#add-language')).focus();
    await p.page.keyboard.press('Enter');
    // Named in itself and in the console's language where the browser knows both ("Cymraeg (Welsh)"), else "Welsh".
    await waitForText(p, '#field-languages', /Also written in[\s\S]*Welsh/);
    assert.equal(await focusedId(p), 'field-question-cy');
    assert.match(await textOf(p, 'label[for=field-question]'), /Question — English/);
    assert.match(await textOf(p, 'label[for=field-question-cy]'), /Question — (Cymraeg \()?Welsh/);
    assert.equal(await p.page.evaluate(`deepQuery('#field-question-cy').getAttribute('lang')`), 'cy');
    await p.page.keyboard.type('Pa ddiwrnod ddylai’r llyfrgell agor yn hwyr?');
    await typeInto(p, '#field-question', 'Which day should the library open late?');
    await typeInto(p, '#field-options-0-label', 'Monday');
    await typeInto(p, '#field-options-0-label-cy', 'Dydd Llun');
    await typeInto(p, '#field-options-1-label', 'Thursday');
    await typeInto(p, '#field-options-1-label-cy', 'Dydd Iau');
    assert.deepEqual(await p.axe(), [], 'the form with two languages');
    await (await q(p, '#save')).click();
    await waitForText(p, 'h1', /Which day should the library open late\?/);
    const poll = await h.admin<{ question: unknown; description: unknown; options: { id: string; label: unknown }[] }>(
      'GET',
      '/polls/which-day-should-the-library-open-late',
    );
    assert.deepEqual(poll.question, {
      en: 'Which day should the library open late?',
      cy: 'Pa ddiwrnod ddylai’r llyfrgell agor yn hwyr?',
    });
    assert.deepEqual(
      poll.options.map((o) => [o.id, o.label]),
      [
        ['monday', { en: 'Monday', cy: 'Dydd Llun' }],
        ['thursday', { en: 'Thursday', cy: 'Dydd Iau' }],
      ],
    );
    // The preview in Welsh shows the Welsh texts, marked as Welsh.
    await (await p.find('#preview-lang')).select('cy');
    await waitForText(p, 'civic-poll', /Pa ddiwrnod ddylai’r llyfrgell agor yn hwyr\?/);
    await waitForText(p, 'civic-poll', /Dydd Iau/);

    // Edited again: both languages come back into their fields; removing Welsh makes the texts plain.
    await p.go('#/content/polls');
    await p.go('#/content/polls/which-day-should-the-library-open-late');
    await p.find('#field-question-cy');
    assert.equal(await p.page.evaluate(`deepQuery('#field-options-1-label-cy').value`), 'Dydd Iau');
    await (await q(p, '#remove-language-cy')).click();
    await waitForText(p, '#form-status', /Welsh\)? removed/);
    assert.equal(await p.page.evaluate(`deepQuery('#field-question-cy')`), null);
    assert.deepEqual(p.problems, []);
  });

  test('a poll for verified residents of two areas, with the flood challenge: set by keyboard, stored, shown again', async () => {
    const p = await signedIn(editorEmail, '#/content/polls/new');
    await typeInto(p, '#field-question', 'Which park should be renovated first?');
    await typeInto(p, '#field-options-0-label', 'North park');
    await typeInto(p, '#field-options-1-label', 'South park');
    await (await q(p, '#field-eligibility-verified')).focus();
    await p.page.keyboard.press('Space');
    await typeInto(p, '#field-eligibility-signIn', 'https://www.city.gov/sign-in');
    await typeInto(p, '#field-eligibility-claim-name', 'area');
    await typeInto(p, '#field-eligibility-claim-anyOf', 'north, south');
    await (await q(p, '#field-challenge')).focus();
    await p.page.keyboard.press('Space');
    assert.deepEqual(await p.axe(), [], 'the form with its access fields');
    await (await q(p, '#save')).click();
    await waitForText(p, 'h1', /Which park should be renovated first\?/);
    const poll = await h.admin<{ eligibility: unknown; challenge: unknown }>(
      'GET',
      '/polls/which-park-should-be-renovated-first',
    );
    assert.deepEqual(poll.eligibility, {
      kind: 'verified',
      signIn: 'https://www.city.gov/sign-in',
      claim: { name: 'area', anyOf: ['north', 'south'] },
    });
    assert.equal(poll.challenge, 'always');
    // The preview shows citizens the note with the sign-in link.
    await waitForText(p, 'civic-poll', /Only verified participants can take part here/);
    // Edited again, the fields come back as they were.
    await p.go('#/content/polls');
    await p.go('#/content/polls/which-park-should-be-renovated-first');
    await p.find('#field-eligibility-claim-anyOf');
    assert.equal(await p.page.evaluate(`deepQuery('#field-eligibility-claim-anyOf').value`), 'north, south');
    assert.equal(await p.page.evaluate(`deepQuery('#field-challenge').checked`), true);
    assert.deepEqual(p.problems, []);
  });

  test('the pages speak the console language: Arabic right to left on a narrow dark screen, French', async () => {
    await h.admin('POST', '/polls', {
      id: 'library-sundays',
      question: 'هل تفتح المكتبة أيام الأحد؟',
      options: [
        { id: 'yes', label: 'نعم' },
        { id: 'no', label: 'لا' },
      ],
      status: 'draft',
    });
    const p = await signedIn(editorEmail, '#/content/polls/library-sundays', { lang: 'ar', width: 320, dark: true });
    await waitForText(p, 'civic-console-content', /المعاينة[\s\S]*ضعه في صفحة/);
    await waitForText(p, 'civic-poll', /هل تفتح المكتبة/);
    assert.equal(await p.page.evaluate('document.documentElement.dir'), 'rtl');
    assert.equal(
      await p.page.evaluate(`deepQuery('civic-poll').getAttribute('lang')`),
      'ar',
      'the preview starts in the console language',
    );
    assert.equal(
      await p.page.evaluate('document.documentElement.scrollWidth <= innerWidth'),
      true,
      'nothing wider than the screen',
    );
    assert.deepEqual(await p.axe(), [], 'Arabic item page');
    await p.go('#/content/polls/new');
    await (await p.find('#save')).click();
    await waitForText(p, '#error-summary', /توجد مشكلة[\s\S]*السؤال: لا يمكن ترك هذا الحقل فارغًا/);
    assert.deepEqual(await p.axe(), [], 'Arabic form with errors');
    const fr = await signedIn(await h.staff('moderator'), '#/sites', { lang: 'fr' });
    await waitForText(
      fr,
      'civic-console-sites',
      /Seuls les administrateurs peuvent modifier cette liste[\s\S]*Sites refusés récemment/,
    );
    assert.deepEqual(await fr.axe(), [], 'French sites page');
    assert.deepEqual([...p.problems, ...fr.problems], []);
  });

  test('hostile titles, labels and origins stay text', async () => {
    const hostile = '<img src=x onerror="window.pwned=1">';
    await h.admin('POST', '/polls', {
      id: 'hostile',
      question: `${hostile} ‮Hello`,
      description: '<script>window.pwned=2</script>',
      options: [
        { id: 'a', label: '<b onmouseover="window.pwned=3">A</b>' },
        { id: 'b', label: 'B' },
      ],
      status: 'draft',
    });
    await fetch(`${h.base}/api/v1/polls/hostile/votes`, {
      method: 'POST',
      headers: {
        origin: 'http://<svg>onload=alert(1)',
        'content-type': 'application/json',
        'x-civic-voter': 'hostile-voter-0000001',
      },
      body: '{"choices":["a"]}',
    });
    const p = await signedIn(await h.staff('admin'), '#/content/polls');
    await waitForText(p, 'table', /<img src=x onerror/);
    await p.go('#/content/polls/hostile');
    await waitForText(p, 'civic-poll', /<img src=x onerror/);
    await waitForText(p, 'h1', /<img src=x onerror/);
    assert.equal(await p.page.evaluate(`deepAll('img, script:not([src]), b').length`), 0, 'nothing became HTML');
    await p.go('#/sites');
    await q(p, 'civic-console-sites >>> h1');
    assert.equal(await p.page.evaluate('window.pwned'), undefined);
    assert.deepEqual(p.problems, []);
  });
});
