import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../test-support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import {
  MemoryAdapter,
  NetworkError,
  NotEligibleError,
  type PollDefinition,
  type RequestOptions,
  VerificationRequiredError,
} from '@civic-widgets/core';
import '../define/poll.js';
import type { CivicPoll } from './poll.js';
import { override } from '../test-support/adapters.js';

const DAY = 86_400_000;
const options = [
  { id: 'bus', label: 'Bus lanes' },
  { id: 'bike', label: 'Cycle paths' },
  { id: 'tram', label: 'Night trams' },
];
const polls: PollDefinition[] = [
  {
    id: 'single',
    question: 'Which first?',
    description: 'One project next year.',
    options,
    resultsVisibility: 'after-vote',
    closesAt: new Date(Date.now() + 3 * DAY).toISOString(),
  },
  { id: 'multi', question: 'Pick two', options, mode: 'multiple', maxChoices: 2, resultsVisibility: 'always' },
  { id: 'change', question: 'Change allowed?', options, allowChange: true, resultsVisibility: 'always' },
  { id: 'later', question: 'Not yet?', options, opensAt: new Date(Date.now() + 2 * DAY).toISOString() },
  {
    id: 'ended',
    question: 'Ended?',
    options,
    closesAt: new Date(Date.now() - DAY).toISOString(),
    resultsVisibility: 'after-close',
  },
  { id: 'secret', question: 'Secret?', options, resultsVisibility: 'never' },
  {
    id: 'residents',
    question: 'Residents only?',
    options,
    eligibility: { kind: 'verified', signIn: 'https://www.city.example/sign-in' },
  },
];

const text = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const $ = <T extends Element = HTMLElement>(el: CivicPoll, selector: string) => el.shadowRoot!.querySelector<T>(selector);

async function render(pollId: string, adapter = new MemoryAdapter({ seed: { polls } }), lang?: string) {
  const el = await fixture<CivicPoll>(html`<civic-poll poll-id=${pollId} lang=${lang ?? 'en'} .adapter=${adapter}></civic-poll>`);
  await waitUntil(() => el.view !== undefined || $(el, '[part=error]'), 'poll loaded');
  await el.updateComplete;
  return el;
}

async function choose(el: CivicPoll, ...ids: string[]) {
  for (const id of ids) $<HTMLInputElement>(el, `input[value=${id}]`)!.click();
  await el.updateComplete;
}

async function submit(el: CivicPoll) {
  $<HTMLButtonElement>(el, '[part=submit]')!.click();
  await waitUntil(() => !$(el, '[part=submit]') || $(el, '[part=form-error]'), 'vote settled');
  await el.updateComplete;
}

describe('<civic-poll>', () => {
  describe('accessibility in every state', () => {
    it('loading', async () => {
      const memory = new MemoryAdapter({ seed: { polls } });
      const never = override(memory, { getPoll: () => new Promise(() => {}) });
      const el = await fixture<CivicPoll>(html`<civic-poll poll-id="single" .adapter=${never}></civic-poll>`);
      expect($(el, '[part=loading]')).to.exist;
      await expect(el).to.be.accessible();
    });
    it('form (single), with a reason while no option is chosen', async () => {
      const el = await render('single');
      expect($(el, '[part=reason]')?.textContent).to.contain('Choose an option before voting');
      expect($(el, '[part=submit]')?.getAttribute('aria-disabled')).to.equal('true');
      await expect(el).to.be.accessible();
    });
    it('form (multiple) at the limit', async () => {
      const el = await render('multi');
      await choose(el, 'bus', 'tram');
      expect($(el, '[part=hint]')?.textContent).to.contain('maximum of 2');
      await expect(el).to.be.accessible();
    });
    it('submitting, success and results', async () => {
      const memory = new MemoryAdapter({ seed: { polls } });
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const slow = override(memory, {
        vote: async (id: string, input: { choices: string[] }) => (await gate, memory.vote(id, input)),
      });
      const el = await render('multi', slow);
      await choose(el, 'bike');
      $<HTMLButtonElement>(el, '[part=submit]')!.click();
      await el.updateComplete;
      expect($(el, '[part=submit]')?.textContent).to.contain('Sending your vote');
      await expect(el).to.be.accessible();
      release();
      await waitUntil(() => $(el, '[part=results]'));
      await expect(el).to.be.accessible();
    });
    it('not yet open, closed, results hidden, not found and error', async () => {
      for (const id of ['later', 'ended', 'secret', 'missing']) {
        const el = await render(id);
        await expect(el).to.be.accessible();
      }
    });
  });

  describe('voting', () => {
    it('single choice: vote, confirmation announced and focused, results with own choice marked', async () => {
      const el = await render('single');
      expect(text(el)).to.contain('One project next year.');
      expect($(el, '[part=timing]')?.textContent).to.match(/Closes in 3 days \(.+\)/);
      expect($(el, 'form')).to.exist;
      expect($(el, '[part=results]')).to.be.null;
      await choose(el, 'bike');
      await submit(el);
      expect($(el, '[part=notice]')?.textContent).to.equal('Thank you. Your vote has been recorded.');
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part=notice]'));
      await waitUntil(() => $(el, '[role=status]')?.textContent?.includes('Your vote has been recorded'));
      const mine = $(el, '[part=result].mine');
      expect(mine?.textContent).to.contain('Cycle paths');
      expect(mine?.textContent).to.contain('your choice');
      expect(mine?.textContent).to.contain('100% · 1 vote');
      expect($(el, '[part=total]')?.textContent).to.equal('1 person has voted.');
    });

    it('question, description, options and result labels are isolated, each in its own direction', async () => {
      const arabic = [{ id: 'a', label: 'حافلات' }, ...options.slice(1)];
      const seed = { polls: [{ id: 'mixed', question: 'أي مشروع أولاً؟', description: 'One project.', options: arabic }] };
      const el = await render('mixed', new MemoryAdapter({ seed }));
      expect($(el, '[part=question] > bdi')?.textContent).to.equal('أي مشروع أولاً؟');
      expect($(el, '[part=description] > bdi')?.textContent).to.equal('One project.');
      expect([...el.shadowRoot!.querySelectorAll('[part=option] bdi')].map((b) => b.textContent)).to.deep.equal(
        arabic.map((o) => o.label),
      );
      await choose(el, 'a');
      await submit(el);
      expect([...el.shadowRoot!.querySelectorAll('[part=result] bdi:not(.mine-label)')].map((b) => b.textContent)).to.deep.equal(
        arabic.map((o) => o.label),
      );
      await expect(el).to.be.accessible();
    });

    it('on an Arabic page, English options line up on the right, wrapped or not; "your choice" reads right to left', async () => {
      const long = { id: 'long', label: 'More frequent buses on every main route, every day of the week' };
      const seed = { polls: [{ id: 'mix', question: 'أي مشروع أولاً؟', options: [long, ...options] }] };
      const memory = new MemoryAdapter({ seed });
      const el = await render('mix', memory, 'ar');
      el.style.inlineSize = '260px';
      await waitUntil(() => $(el, '[part=submit]')?.textContent?.includes('صوّت'));
      const rightEdges = [...el.shadowRoot!.querySelectorAll('.choice-label')].map((label) => {
        const range = document.createRange();
        range.selectNodeContents(label);
        const lines = [...range.getClientRects()];
        return Math.round(Math.max(...lines.map((r) => r.right)));
      });
      expect(new Set(rightEdges).size, `right edges ${rightEdges}`).to.equal(1);
      await choose(el, 'bike');
      await submit(el);
      const mark = $(el, '[part=result].mine .mine-label')!;
      expect(mark.textContent).to.equal('(✓ اختيارك)');
      expect(mark.localName).to.equal('bdi');
      expect(mark.getAttribute('dir')).to.equal('rtl');
    });

    it('dates follow the region of the tag: en is US English, en-GB day first and 24 hours', async () => {
      const memory = new MemoryAdapter({ seed: { polls } });
      const us = await render('single', memory, 'en');
      expect($(us, '[part=timing]')?.textContent).to.match(/\(\w+ \d{1,2}, \d{4} at \d{1,2}:\d{2}\s?[AP]M\)/);
      const gb = await render('single', memory, 'en-GB');
      expect($(gb, '[part=timing]')?.textContent).to.match(/\(\d{1,2} \w+ \d{4} at \d{2}:\d{2}\)/);
    });

    it('multiple choice: the limit is explained and enforced', async () => {
      const el = await render('multi');
      expect($(el, '[part=hint]')?.textContent).to.equal('Choose up to 2 options.');
      await choose(el, 'bus', 'bike');
      const tram = $<HTMLInputElement>(el, 'input[value=tram]')!;
      expect(tram.disabled).to.equal(true);
      await choose(el, 'bus');
      expect(tram.disabled).to.equal(false);
      await choose(el, 'tram');
      await submit(el);
      expect(el.view?.myVote).to.deep.equal(['bike', 'tram']);
    });

    it('changing a vote where allowed', async () => {
      const el = await render('change');
      await choose(el, 'bus');
      await submit(el);
      $<HTMLButtonElement>(el, '[part=change]')!.click();
      await el.updateComplete;
      expect($<HTMLInputElement>(el, 'input[value=bus]')!.checked).to.equal(true);
      await choose(el, 'tram');
      await submit(el);
      expect($(el, '[part=notice]')?.textContent).to.equal('Your vote has been changed.');
      expect(el.view?.results?.counts.map((c) => c.count)).to.deep.equal([0, 0, 1]);
    });

    it('a returning participant sees that they voted', async () => {
      const memory = new MemoryAdapter({ seed: { polls }, participantId: 'me' });
      await memory.vote('single', { choices: ['bus'] });
      const el = await render('single', memory);
      expect($(el, 'form')).to.be.null;
      expect($(el, '[part=notice]')?.textContent).to.equal('You have voted in this poll.');
      expect($(el, '[part=result].mine')?.textContent).to.contain('Bus lanes');
      expect($(el, '[part=change]')).to.be.null;
    });

    it('not-yet-open and closed polls say so and take no votes', async () => {
      const later = await render('later');
      expect($(later, '[part=timing]')?.textContent).to.match(/This poll opens in 2 days/);
      expect($(later, 'form')).to.be.null;
      const ended = await render('ended');
      expect($(ended, '[part=notice]')?.textContent).to.match(/This poll closed on/);
      expect($(ended, 'form')).to.be.null;
      const secret = await render('secret');
      await choose(secret, 'bus');
      await submit(secret);
      expect($(secret, '[part=results]')?.textContent).to.contain('not published');
    });

    it('"already voted" from the backend becomes a message and the state it reports', async () => {
      const memory = new MemoryAdapter({ seed: { polls }, participantId: 'me' });
      const el = await render('single', memory);
      await memory.vote('single', { choices: ['tram'] }); // e.g. voted in another tab
      await choose(el, 'bus');
      await submit(el);
      await waitUntil(() => el.view?.myVote !== null);
      await el.updateComplete;
      expect($(el, '[part=notice]')?.textContent).to.equal('You have already voted in this poll.');
      expect($(el, '[part=result].mine')?.textContent).to.contain('Night trams');
    });

    it('a network failure keeps the choice and says what happened', async () => {
      const memory = new MemoryAdapter({ seed: { polls } });
      const offline = override(memory, {
        vote: async () => {
          throw new NetworkError();
        },
      });
      const el = await render('single', offline);
      await choose(el, 'bike');
      await submit(el);
      expect($(el, '[part=form-error]')?.textContent).to.equal(
        'We cannot reach the service at the moment. The problem is not on your side. What you entered is kept: try again in a moment.',
      );
      expect($<HTMLInputElement>(el, 'input[value=bike]')!.checked).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('unknown polls show a plain not-found message without retry', async () => {
      const el = await render('missing');
      expect($(el, '[part=error]')?.textContent).to.contain('could not be found');
      expect($(el, '[part=retry]')).to.be.null;
    });
  });

  describe('keyboard', () => {
    it('Tab to the options, arrows to choose, Enter to vote', async () => {
      const el = await render('single');
      $<HTMLInputElement>(el, 'input[value=bus]')!.focus();
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect($<HTMLInputElement>(el, 'input[value=bike]')!.checked).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.view?.myVote !== null);
      expect(el.view?.myVote).to.deep.equal(['bike']);
    });

    it('in Arabic the layout is right to left and arrow keys follow it', async () => {
      const el = await render('single', undefined, 'ar');
      await waitUntil(() => $(el, '[part=submit]')?.textContent?.includes('صوّت'));
      expect($(el, '[part=base]')?.getAttribute('dir')).to.equal('rtl');
      $<HTMLInputElement>(el, 'input[value=bus]')!.focus();
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      // In right-to-left, Left moves forward to the next option.
      expect($<HTMLInputElement>(el, 'input[value=bike]')!.checked).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  describe('events', () => {
    it('civic-vote after the backend accepted, with typed detail; civic-error on failure', async () => {
      const el = await render('multi');
      await choose(el, 'bus');
      const voted = oneEvent(el, 'civic-vote');
      $<HTMLButtonElement>(el, '[part=submit]')!.click();
      const event = await voted;
      expect(event.detail.pollId).to.equal('multi');
      expect(event.detail.choices).to.deep.equal(['bus']);
      expect(event.detail.view.results?.totalParticipants).to.equal(1);
      expect(event.bubbles && event.composed).to.equal(true);

      const closed = await render('ended');
      expect($(closed, 'form')).to.be.null;
      const failing = override(new MemoryAdapter({ seed: { polls } }), {
        vote: async () => {
          throw new NetworkError();
        },
      });
      const el2 = await render('single', failing);
      let votes = 0;
      el2.addEventListener('civic-vote', () => votes++);
      await choose(el2, 'bus');
      const errored = oneEvent(el2, 'civic-error');
      $<HTMLButtonElement>(el2, '[part=submit]')!.click();
      expect((await errored).detail.retryable).to.equal(true);
      expect(votes).to.equal(0);
    });
  });

  describe('civic-load', () => {
    it("fires once per load: not again when the live update of one's own vote refreshes the poll", async () => {
      const memory = new MemoryAdapter({ seed: { polls } });
      let reads = 0;
      const counting = override(memory, {
        getPoll: (id: string, options?: RequestOptions) => {
          reads++;
          return memory.getPoll(id, options);
        },
      });
      const loads: string[] = [];
      const el = await fixture<CivicPoll>(
        html`<civic-poll
          poll-id="single"
          .adapter=${counting}
          @civic-load=${(e: CustomEvent<{ id: string }>) => loads.push(e.detail.id)}
        ></civic-poll>`,
      );
      await waitUntil(() => loads.length === 1, 'loaded');
      await choose(el, 'bus');
      await submit(el);
      // "after-vote": the live event carries no results, so the widget reads the poll again.
      await waitUntil(() => reads === 2, 'refreshed after the live update');
      await el.updateComplete;
      expect(el.view?.results?.totalParticipants).to.equal(1);
      expect(loads).to.deep.equal(['single']);

      el.pollId = 'multi';
      await waitUntil(() => loads.length === 2, 'another poll loaded');
      expect(loads).to.deep.equal(['single', 'multi']);
    });

    it('fires when "Try again" shows the data after an error, and not for the error', async () => {
      const memory = new MemoryAdapter({ seed: { polls } });
      let fail = true;
      const flaky = override(memory, {
        getPoll: async (id: string, options?: RequestOptions) => {
          if (fail) throw new NetworkError();
          return memory.getPoll(id, options);
        },
      });
      const el = await render('single', flaky);
      let loads = 0;
      el.addEventListener('civic-load', () => loads++);
      expect($(el, '[part=error]')).to.exist;
      fail = false;
      $<HTMLButtonElement>(el, '[part=retry]')!.click();
      await waitUntil(() => el.view !== undefined, 'loaded on retry');
      expect(loads).to.equal(1);
    });
  });

  describe('live updates', () => {
    it('results update as others vote, without moving focus', async () => {
      const memory = new MemoryAdapter({ seed: { polls }, participantId: 'me' });
      const el = await render('multi', memory);
      const input = $<HTMLInputElement>(el, 'input[value=bus]')!;
      input.focus();
      expect($(el, 'form')).to.exist;
      expect($(el, '[part=results]')).to.exist; // "always": results beside the form
      await choose(el, 'bus');
      await submit(el);
      const focused = el.shadowRoot!.activeElement;
      await memory.asParticipant('neighbour').vote('multi', { choices: ['tram'] });
      await waitUntil(() => el.view?.results?.totalParticipants === 2, 'live results');
      await el.updateComplete;
      expect($(el, '[part=total]')?.textContent).to.equal('2 people have voted.');
      expect(el.shadowRoot!.activeElement).to.equal(focused);
    });
  });

  describe('verified participants', () => {
    it('explains who may vote and links to the sign-in, in the page language, and passes axe', async () => {
      const el = await render('residents', undefined, 'cy');
      await waitUntil(() => $(el, '[part=eligibility] a'), 'note loaded');
      const link = $<HTMLAnchorElement>(el, '[part=eligibility] a')!;
      expect(link.href).to.equal('https://www.city.example/sign-in');
      expect(link.textContent).to.equal('Mewngofnodwch i gymryd rhan');
      expect($(el, '[part=eligibility]')!.textContent).to.include('Dim ond cyfranogwyr wedi’u dilysu');
      await expect(el).to.be.accessible();
      const open = await render('single');
      expect($(open, '[part=eligibility]')).to.equal(null, 'not on a poll open to anyone');
    });

    for (const [error, words] of [
      [new VerificationRequiredError('no token'), 'Only verified participants can take part here. Sign in, then try again.'],
      [new NotEligibleError('area'), 'Your account does not meet the conditions to take part here.'],
    ] as const) {
      it(`says why a vote was refused (${error.code})`, async () => {
        const adapter = override(new MemoryAdapter({ seed: { polls } }), {
          vote: () => Promise.reject(error),
        });
        const el = await render('residents', adapter);
        await waitUntil(() => $(el, '[part=eligibility]'), 'note loaded');
        await choose(el, 'bus');
        await submit(el);
        expect($(el, '[part=form-error]')!.textContent).to.include(words);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('language', () => {
    it('French with French plurals and numbers', async () => {
      const memory = new MemoryAdapter({ seed: { polls } });
      for (let i = 0; i < 3; i++) await memory.asParticipant(`p${i}`).vote('multi', { choices: ['bus'] });
      const el = await render('multi', memory, 'fr');
      await waitUntil(() => $(el, '[part=submit]')?.textContent?.includes('Voter'));
      expect($(el, '[part=hint]')?.textContent).to.equal('Choisissez jusqu’à 2 options.');
      expect($(el, '[part=total]')?.textContent).to.equal('3 personnes ont voté.');
      expect(text(el)).to.contain('100 % · 3 votes');
    });
  });
});
