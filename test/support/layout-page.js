// The page test/layout.test.ts renders: every widget in every state, one after
// another, each under a caption, with the classic build (window.CivicWidgets)
// and MemoryAdapters. Interactions (a vote, an empty form sent…) are made here,
// as a citizen would make them; `window.layoutReady` is set once all are done.
// Settings come from the query string: lang, and pseudo (a catalogue, set by
// the test through window.pseudoMessages before this script runs).
// `window.setLayoutLang(tag)` changes the language in place and renders every
// case again, fresh: no reload, the bundle and translations loaded so far stay.
const { MemoryAdapter, RestAdapter, registerLocale } = window.CivicWidgets;

const params = new URLSearchParams(location.search);
/** Sets the page's language and direction (a right-to-left script by the tag's likely script). */
function setLang(lang) {
  document.documentElement.lang = lang;
  const script = new Intl.Locale(lang).maximize().script ?? '';
  document.documentElement.dir = /Arab|Hebr|Thaa|Syrc|Nkoo|Adlm|Rohg/.test(script) ? 'rtl' : 'ltr';
}
setLang(params.get('lang') ?? 'en');
if (window.pseudoMessages) registerLocale(document.documentElement.lang, window.pseudoMessages);

const DAY = 86_400_000;
const at = (days) => new Date(Date.now() + days * DAY).toISOString();
const options = [
  { id: 'bus', label: 'More frequent buses on the main routes' },
  { id: 'bike', label: 'Protected cycle lanes' },
  { id: 'tram', label: 'خط ترام ليلي' },
];
const seed = {
  polls: [
    {
      id: 'open',
      question: 'Which transport project should we fund first?',
      description: 'One project next year.',
      options,
      closesAt: at(30),
    },
    { id: 'multi', question: 'Pick up to two', options, mode: 'multiple', maxChoices: 2, resultsVisibility: 'always' },
    { id: 'ended', question: 'Which day for the market?', options, closesAt: at(-1), resultsVisibility: 'after-close' },
    { id: 'later', question: 'Which park first?', options, opensAt: at(2) },
  ],
  threads: [
    {
      id: 'talk',
      title: 'Library opening hours',
      maxLength: 200,
      maxDepth: 1,
      comments: [
        { id: 'a', authorName: 'Amina Yusuf', body: 'Please open until 9 pm on weekdays: https://example.gov/libraries' },
        { id: 'b', parentId: 'a', authorName: 'ليلى', body: 'أوافق تمامًا.' },
        { id: 'c', body: 'Sunday mornings would help families.' },
      ],
    },
    { id: 'closed', title: 'Old discussion', status: 'closed', comments: [{ id: 'x', body: 'An older comment.' }] },
    { id: 'empty', title: 'Nothing yet' },
  ],
  petitions: [
    {
      id: 'streets',
      title: 'Car-free school streets',
      summary: 'Close the streets outside schools at drop-off and pick-up times.',
      body: 'Children walk and cycle to school.\nDetails: https://example.gov/streets',
      goal: 10,
      milestones: [
        { count: 1, label: 'The council responds' },
        { count: 5, label: 'Considered for a debate' },
      ],
      regions: [
        { id: 'north', label: 'North district' },
        { id: 'central', label: 'Le quartier central et ses environs immédiats' },
        { id: 'south', label: 'المنطقة الجنوبية' },
      ],
      closesAt: at(30),
    },
    { id: 'ended', title: 'A petition that has closed', goal: 100, closesAt: at(-1) },
    {
      id: 'residents',
      title: 'A petition for the city’s residents',
      goal: 100,
      eligibility: { kind: 'verified', signIn: 'https://www.city.example/sign-in' },
    },
    {
      id: 'answered',
      title: 'More benches in parks',
      goal: 100,
      status: 'responded',
      response: { body: 'The council agrees and will add benches this spring.', respondedAt: at(-1) },
    },
  ],
  services: [
    {
      id: 'stars',
      name: 'Permits',
      question: 'How was applying for a permit?',
      scale: 'stars5',
      reasons: [
        { id: 'fast', label: 'It was quick', when: 'positive' },
        { id: 'confusing', label: 'The form was confusing', when: 'negative' },
        { id: 'other', label: 'Something else' },
      ],
      commentMaxLength: 300,
      minimumRatings: 1,
    },
    {
      id: 'page',
      name: 'This page',
      question: 'Was this page useful?',
      scale: 'yesno',
      reasons: [
        { id: 'clear', label: 'It was clear', when: 'positive' },
        { id: 'missing', label: 'Information was missing', when: 'negative' },
      ],
      commentMaxLength: 300,
    },
    {
      id: 'csat',
      name: 'Counter',
      question: 'How satisfied are you with the service at the counter?',
      scale: 'csat5',
      commentMaxLength: 0,
    },
    { id: 'closed', name: 'Closed', question: 'How was it?', status: 'closed' },
  ],
};

/** Port 9 refuses connections: the service cannot be reached. */
const unreachable = new RestAdapter({ endpoint: 'http://127.0.0.1:9/api/v1', retries: 0, timeoutMs: 3000 });

/** Someone else's ratings and votes, so results and aggregates have something to show. */
async function others(memory) {
  for (const [i, score] of [5, 4, 4, 2].entries()) await memory.asParticipant(`p${i}`).rate('stars', { score });
  for (const [i, choice] of ['bus', 'bike', 'bus'].entries()) {
    await memory.asParticipant(`p${i}`).vote('multi', { choices: [choice] });
    await memory.asParticipant(`p${i}`).vote('open', { choices: [choice] });
  }
}

const $ = (el, selector) => el.shadowRoot?.querySelector(selector) ?? null;
const until = async (check, what) => {
  for (let i = 0; i < 200; i++) {
    const value = check();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`layout page: ${what}`);
};
const type = (field, value) => {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
};

/** Each case: the widget's tag and attributes, its adapter, and what to do once it shows `ready`. */
const casesFor = (memory, never) => [
  ['poll', 'loading', 'civic-poll', { 'poll-id': 'open' }, never],
  ['poll', 'error', 'civic-poll', { 'poll-id': 'open' }, unreachable, '[part=error]'],
  ['poll', 'form', 'civic-poll', { 'poll-id': 'open' }],
  ['poll', 'form-multiple-results', 'civic-poll', { 'poll-id': 'multi' }],
  [
    'poll',
    'voted',
    'civic-poll',
    { 'poll-id': 'open' },
    memory.asParticipant('voter'),
    'form',
    async (el) => {
      $(el, 'input[value=tram]').click();
      await el.updateComplete;
      $(el, '[part=submit]').click();
      await until(() => $(el, '[part=notice]'), 'vote recorded');
    },
  ],
  ['poll', 'closed', 'civic-poll', { 'poll-id': 'ended' }],
  ['poll', 'upcoming', 'civic-poll', { 'poll-id': 'later' }],
  ['comments', 'loading', 'civic-comments', { 'thread-id': 'talk' }, never],
  ['comments', 'error', 'civic-comments', { 'thread-id': 'talk' }, unreachable, '[part=error]'],
  [
    'comments',
    'list-and-reply',
    'civic-comments',
    { 'thread-id': 'talk' },
    memory,
    '[part=list]',
    async (el) => {
      $(el, '[part=toggle-replies]').click();
      await until(() => $(el, '[part=replies]'), 'replies');
      $(el, '[part=reply]').click();
      await until(() => $(el, 'form[aria-labelledby^=form-title-c], form[aria-labelledby^=form-title-a]'), 'reply form');
    },
  ],
  [
    'comments',
    'validation',
    'civic-comments',
    { 'thread-id': 'talk' },
    memory,
    'form',
    async (el) => {
      $(el, '[part=submit]').click();
      await until(() => $(el, '.field-error'), 'comment error');
    },
  ],
  [
    'comments',
    'posted',
    'civic-comments',
    { 'thread-id': 'empty' },
    memory.asParticipant('poster'),
    'form',
    async (el) => {
      type($(el, '#body-root'), 'A comment of mine, long enough to wrap on a small phone screen.');
      $(el, '[part=submit]').click();
      await until(() => $(el, '#root-notice'), 'comment posted');
    },
  ],
  ['comments', 'closed', 'civic-comments', { 'thread-id': 'closed' }],
  ['petition', 'loading', 'civic-petition', { 'petition-id': 'streets' }, never],
  ['petition', 'error', 'civic-petition', { 'petition-id': 'streets' }, unreachable, '[part=error]'],
  ['petition', 'form', 'civic-petition', { 'petition-id': 'streets', 'privacy-url': '/privacy.html' }],
  [
    'petition',
    'validation',
    'civic-petition',
    { 'petition-id': 'streets', 'privacy-url': '/privacy.html' },
    memory,
    'form',
    async (el) => {
      $(el, '[part=submit]').click();
      await until(() => $(el, '[part=error-summary]'), 'error summary');
    },
  ],
  [
    'petition',
    'signed',
    'civic-petition',
    { 'petition-id': 'streets' },
    memory,
    'form',
    async (el) => {
      type($(el, '#name'), 'Ada Lovelace');
      type($(el, '#email'), 'ada@example.org');
      const select = $(el, '#regionId');
      select.value = 'north';
      select.dispatchEvent(new Event('change'));
      $(el, '#consent').click();
      await el.updateComplete;
      $(el, '[part=submit]').click();
      await until(() => $(el, '[part=confirmation]'), 'signed');
    },
  ],
  ['petition', 'closed', 'civic-petition', { 'petition-id': 'ended' }],
  ['petition', 'responded', 'civic-petition', { 'petition-id': 'answered' }],
  ['petition', 'verified-only', 'civic-petition', { 'petition-id': 'residents' }, memory, '[part=eligibility]'],
  ['rating', 'loading', 'civic-rating', { 'service-id': 'stars' }, never],
  ['rating', 'error', 'civic-rating', { 'service-id': 'stars' }, unreachable, '[part=error]'],
  [
    'rating',
    'stars-with-all-ratings',
    'civic-rating',
    { 'service-id': 'stars' },
    memory.asParticipant('reader'),
    '[part=toggle]',
    async (el) => {
      $(el, '[part=toggle]').click();
      await until(() => $(el, '[part=results]'), 'distribution');
    },
  ],
  ['rating', 'yes-no', 'civic-rating', { 'service-id': 'page' }, memory.asParticipant('reader')],
  [
    'rating',
    'csat-validation',
    'civic-rating',
    { 'service-id': 'csat' },
    memory.asParticipant('reader'),
    'form',
    async (el) => {
      $(el, '[part=submit]').click();
      await until(() => $(el, '.field-error'), 'choose first');
    },
  ],
  [
    'rating',
    'follow-up',
    'civic-rating',
    { 'service-id': 'page' },
    memory.asParticipant('rater'),
    '[part=option]',
    async (el) => {
      [...el.shadowRoot.querySelectorAll('[part=option]')].at(-1).click();
      await until(() => $(el, '[part=follow-up]'), 'follow-up');
    },
  ],
  [
    'rating',
    'done',
    'civic-rating',
    { 'service-id': 'stars' },
    memory.asParticipant('rater'),
    'form',
    async (el) => {
      $(el, 'input[value="4"]').click();
      await el.updateComplete;
      $(el, '[part=submit]').click();
      await until(() => $(el, '[part=follow-up]'), 'follow-up');
      $(el, '[part=follow-up] button.secondary').click();
      await until(() => $(el, '[part=follow-up]') === null, 'done');
    },
  ],
  ['rating', 'closed', 'civic-rating', { 'service-id': 'closed' }],
];

const main = document.querySelector('main');
/** Renders every case in the page's language, on new data, and makes each case's interactions. */
async function render() {
  const memory = new MemoryAdapter({ seed, participantId: 'me' });
  const never = new Proxy(memory, { get: (t, name) => (typeof t[name] === 'function' ? () => new Promise(() => {}) : t[name]) });
  await others(memory);
  // The widget's language is in force once its translations are loaded: only then is it acted on,
  // or a message it keeps (a confirmation) would stay English.
  const lang = Intl.getCanonicalLocales(document.documentElement.lang)[0];
  main.replaceChildren();
  const steps = [];
  for (const [widget, state, tag, attrs, adapter = memory, ready = '[part=base] > :not([part=loading])', act] of casesFor(
    memory,
    never,
  )) {
    const section = document.createElement('section');
    section.className = 'case';
    section.dataset.case = `${widget}-${state}`;
    const caption = document.createElement('p');
    caption.className = 'caption';
    caption.textContent = `${widget} · ${state}`;
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    el.adapter = adapter;
    section.append(caption, el);
    main.append(section);
    steps.push(
      (async () => {
        await until(() => $(el, '[part=base]')?.getAttribute('lang') === lang, `${widget} ${state}: in ${lang}`);
        if (adapter !== never) await until(() => $(el, ready), `${widget} ${state}: ${ready}`);
        await act?.(el);
        await el.updateComplete;
      })(),
    );
  }
  await Promise.all(steps);
  // Whatever the steps focused, the screenshots show the page at rest.
  document.activeElement?.blur();
}

window.setLayoutLang = async (lang) => {
  window.layoutReady = false;
  setLang(lang);
  await render();
  window.layoutReady = true;
};
await render();
window.layoutReady = true;
