import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../test-support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter, type ServiceDefinition } from '@civic-widgets/core';
import '../define/rating.js';
import type { CivicRating } from './rating.js';
import { override } from '../test-support/adapters.js';

const services: ServiceDefinition[] = [
  {
    id: 'stars',
    name: 'Permits',
    question: 'How was applying for a permit?',
    scale: 'stars5',
    reasons: [
      { id: 'fast', label: 'It was quick' },
      { id: 'confusing', label: 'The form was confusing' },
    ],
    commentMaxLength: 30,
    minimumRatings: 1,
  },
  { id: 'page', name: 'This page', question: 'Was this page useful?', scale: 'yesno', commentMaxLength: 0, minimumRatings: 1 },
  { id: 'csat', name: 'Counter', question: 'How satisfied are you?', scale: 'csat5', commentMaxLength: 100 },
  {
    id: 'useful',
    name: 'Feedback',
    question: 'Was this page useful?',
    scale: 'yesno',
    reasons: [
      { id: 'clear', label: 'It was clear', when: 'positive' },
      { id: 'missing', label: 'Information was missing', when: 'negative' },
      { id: 'other', label: 'Something else' },
    ],
    commentMaxLength: 0,
  },
  { id: 'private', name: 'Private', question: 'Rate?', publicAggregate: false, commentMaxLength: 0 },
  { id: 'closed', name: 'Closed', question: 'Rate?', status: 'closed' },
];

const $ = <T extends HTMLElement = HTMLElement>(el: CivicRating, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: CivicRating, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (el: CivicRating, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim();

async function render(id: string, adapter = new MemoryAdapter({ seed: { services }, participantId: 'me' }), lang = 'en') {
  const el = await fixture<CivicRating>(html`<civic-rating lang=${lang} service-id=${id} .adapter=${adapter}></civic-rating>`);
  await waitUntil(() => el.view !== undefined || $(el, '[part=error]'), 'service loaded');
  await el.updateComplete;
  return el;
}

async function rateStars(el: CivicRating, score: number) {
  $<HTMLInputElement>(el, `input[value="${score}"]`)!.click();
  await el.updateComplete;
  $<HTMLButtonElement>(el, '[part=submit]')!.click();
  await waitUntil(() => $(el, '[part=follow-up]') || $(el, '.field-error'));
  await el.updateComplete;
}

describe('<civic-rating>', () => {
  describe('accessibility in every state', () => {
    it('each scale, the follow-up, thanks, aggregate details, closed and not found', async () => {
      for (const id of ['stars', 'page', 'csat', 'private', 'closed', 'missing'])
        await expect(await render(id)).to.be.accessible();
      const el = await render('stars');
      await rateStars(el, 4);
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[part=toggle]')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[part=follow-up] .secondary')!.click();
      await waitUntil(() => text(el, '[part=notice]')?.startsWith('Thank you. Your feedback'));
      await expect(el).to.be.accessible();
    });
  });

  describe('scales', () => {
    it('stars: a radio group labelled "1 star" … "5 stars", filled up to the choice', async () => {
      const el = await render('stars');
      const labels = $$(el, '[part=option] .visually-hidden').map((s) => s.textContent);
      expect(labels).to.deep.equal(['1 star', '2 stars', '3 stars', '4 stars', '5 stars']);
      expect($(el, 'legend')?.textContent).to.equal('How was applying for a permit?');
      $<HTMLInputElement>(el, 'input[value="3"]')!.click();
      await el.updateComplete;
      expect($$(el, '.star.on').length).to.equal(3);
    });

    it('stars by keyboard: arrows move the choice, Enter sends', async () => {
      const el = await render('stars');
      $<HTMLInputElement>(el, 'input[value="1"]')!.focus();
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect($<HTMLInputElement>(el, 'input[value="3"]')!.checked).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '[part=follow-up]'));
      expect(el.view?.myRating?.score).to.equal(3);
    });

    it('sending without a choice explains why', async () => {
      const el = await render('csat');
      $<HTMLButtonElement>(el, '[part=submit]')!.click();
      await el.updateComplete;
      expect(text(el, '.field-error')).to.equal('Choose a rating first.');
    });

    it('yes/no: "Was this page useful?" answered with one button, no follow-up when none is configured', async () => {
      const el = await render('page');
      const heard = oneEvent(el, 'civic-rate');
      const yes = $$(el, '[part=option]').find((b) => b.textContent?.trim() === 'Yes')!;
      yes.click();
      const event = await heard;
      expect(event.detail.receipt.score).to.equal(1);
      await waitUntil(() => text(el, '[part=notice]')?.startsWith('Thank you. Your feedback'));
      expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal(
        'Thank you. Your feedback helps us improve this service.',
      );
      expect(text(el, '[part=aggregate]')).to.contain('100% of people found this useful from 1 rating');
    });

    it('a page can ask the question in its own words and language', async () => {
      const el = await fixture<CivicRating>(
        html`<civic-rating
          lang="fr"
          service-id="page"
          question="Cette page vous a-t-elle été utile ?"
          .adapter=${new MemoryAdapter({ seed: { services } })}
        ></civic-rating>`,
      );
      await waitUntil(() => text(el, '[part=question]') === 'Cette page vous a-t-elle été utile ?');
      expect($(el, '[part=question] > bdi')).to.exist;
      el.setAttribute('question', '');
      await el.updateComplete;
      expect(text(el, '[part=question]')).to.equal('Was this page useful?');
    });

    it('csat: five labelled points from "Very dissatisfied" to "Very satisfied"', async () => {
      const el = await render('csat');
      expect($$(el, '[part=option]').map((l) => l.textContent?.trim())).to.deep.equal([
        'Very dissatisfied',
        'Dissatisfied',
        'Neither satisfied nor dissatisfied',
        'Satisfied',
        'Very satisfied',
      ]);
    });
  });

  describe('follow-up', () => {
    it('the score counts at once; the follow-up amends the same rating', async () => {
      const memory = new MemoryAdapter({ seed: { services }, participantId: 'me' });
      const el = await render('stars', memory);
      expect($(el, '[part=question] > bdi')?.textContent).to.equal('How was applying for a permit?');
      await rateStars(el, 2);
      expect((await memory.getService('stars')).aggregate?.count).to.equal(1);
      expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Thank you for your feedback.');
      expect($$(el, '[part=follow-up] label bdi').map((b) => b.textContent)).to.deep.equal([
        'It was quick',
        'The form was confusing',
      ]);
      // A comment counts as the server counts: invisible characters and CRLF as they will be stored.
      const counted = $<HTMLTextAreaElement>(el, '#comment')!;
      counted.value = 'a\u200b\u202eb';
      counted.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(text(el, '#comment-count')).to.equal('You have 28 characters left');
      $<HTMLInputElement>(el, '[part=follow-up] input[type=checkbox]')!.click();
      const comment = $<HTMLTextAreaElement>(el, '#comment')!;
      comment.value = 'Quick and clear';
      comment.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(text(el, '#comment-count')).to.equal('You have 15 characters left');
      const heard = oneEvent(el, 'civic-rate');
      $<HTMLButtonElement>(el, '[part=follow-up] [part=submit]')!.click();
      const event = await heard;
      expect(event.detail.receipt.reasons).to.deep.equal(['fast']);
      expect(event.detail.receipt.comment).to.equal('Quick and clear');
      const view = await memory.getService('stars');
      expect(view.aggregate?.count).to.equal(1);
      expect(view.myRating).to.deep.include({ score: 2, comment: 'Quick and clear' });
    });

    it('the page URL sent never has a query string or fragment', async () => {
      const memory = new MemoryAdapter({ seed: { services } });
      let sent: string | undefined;
      const spy = new Proxy(memory, {
        get(target, name) {
          if (name === 'rate')
            return async (id: string, input: { pageUrl?: string; score: number }) => (
              (sent = input.pageUrl),
              target.rate(id, input)
            );
          const value = Reflect.get(target, name) as unknown;
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
      history.replaceState(null, '', `${location.pathname}?token=secret#section`);
      const el = await render('page', spy);
      $$(el, '[part=option]')[1]!.click();
      await waitUntil(() => sent !== undefined);
      expect(sent).to.equal(location.origin + location.pathname);
      history.replaceState(null, '', location.pathname);
    });
  });

  describe('failures', () => {
    it('a rating that cannot load says so in one quiet line, not a second red box', async () => {
      const { NetworkError } = await import('@civic-widgets/core');
      const down = override(new MemoryAdapter({ seed: { services } }), {
        getService: async () => Promise.reject(new NetworkError()),
      });
      const el = await render('stars', down);
      await waitUntil(() => $(el, '[part=error]'));
      const line = $(el, '[part=error]')!;
      expect(line.getAttribute('role')).to.equal(null);
      expect(line.classList.contains('error')).to.equal(false);
      expect(text(el, '[part=error]')).to.contain('We cannot reach the service at the moment.');
      expect($(el, '[part=retry]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('a score that cannot be sent keeps the choice and says it is kept', async () => {
      const { NetworkError } = await import('@civic-widgets/core');
      const memory = new MemoryAdapter({ seed: { services }, participantId: 'me' });
      const down = override(memory, { rate: async () => Promise.reject(new NetworkError()) });
      const el = await render('csat', down);
      $<HTMLInputElement>(el, 'input[value="4"]')!.click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, '[part=submit]')!.click();
      await waitUntil(() => $(el, '.field-error'));
      expect(text(el, '.field-error')).to.equal(
        'We cannot reach the service at the moment. The problem is not on your side. What you entered is kept: try again in a moment.',
      );
      expect($<HTMLInputElement>(el, 'input[value="4"]')!.checked).to.equal(true);
    });
  });

  describe('the answer and what follows it', () => {
    const reasons = (el: CivicRating) => $$(el, '[part=follow-up] label').map((l) => l.textContent?.trim());

    it('the question and the answer stay, with a way to change it; reasons fit the answer', async () => {
      const el = await render('useful');
      $$(el, '[part=option]')
        .find((b) => b.textContent?.trim() === 'No')!
        .click();
      await waitUntil(() => $(el, '[part=follow-up]'));
      expect(text(el, '[part=question]')).to.equal('Was this page useful?');
      expect(text(el, '[part=answer]')).to.contain('Your rating: No.');
      expect(reasons(el)).to.deep.equal(['Information was missing', 'Something else']);
      expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Thank you for your feedback.');
      expect($$(el, '#question').length, 'one element is the question').to.equal(1);
      $<HTMLButtonElement>(el, '[part=change]')!.click();
      await waitUntil(() => $(el, '[part=scale]'));
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.textContent?.trim(), 'the answer given has focus').to.equal('No');
      $$(el, '[part=option]')
        .find((b) => b.textContent?.trim() === 'Yes')!
        .click();
      await waitUntil(() => $(el, '[part=follow-up]'));
      expect(text(el, '[part=answer]')).to.contain('Your rating: Yes.');
      expect(reasons(el)).to.deep.equal(['It was clear', 'Something else']);
      $<HTMLButtonElement>(el, '[part=follow-up] .secondary')!.click();
      await waitUntil(() => text(el, '[part=notice]')?.startsWith('Thank you. Your feedback'));
      expect(text(el, '[part=question]')).to.equal('Was this page useful?');
      expect(text(el, '[part=answer]')).to.contain('Your rating: Yes.');
      expect($$(el, '#question').length).to.equal(1);
    });

    it('no public aggregate until the service’s minimum number of ratings', async () => {
      const memory = new MemoryAdapter({ seed: { services } });
      const el = await render('useful', memory);
      expect($(el, '[part=aggregate]')?.textContent ?? null, 'no "0% of people found this useful" before anyone rated').to.equal(
        null,
      );
      for (let i = 0; i < 3; i++) await memory.asParticipant(`p${i}`).rate('useful', { score: 0 });
      const again = await render('useful', memory);
      expect(again.shadowRoot!.textContent).not.to.contain('found this useful');
    });
  });

  describe('aggregate', () => {
    it('average and distribution as accessible text, updated live; private aggregates hidden', async () => {
      const memory = new MemoryAdapter({ seed: { services } });
      await memory.asParticipant('a').rate('stars', { score: 5 });
      await memory.asParticipant('b').rate('stars', { score: 4 });
      const el = await render('stars', memory);
      expect(text(el, '[part=aggregate] span')).to.equal('4.5 out of 5 from 2 ratings');
      const toggle = $<HTMLButtonElement>(el, '[part=toggle]')!;
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect($$(el, '[part=results] .result-text').map((r) => r.textContent?.trim())).to.deep.equal([
        '5 stars: 1 (50%)',
        '4 stars: 1 (50%)',
        '3 stars: 0 (0%)',
        '2 stars: 0 (0%)',
        '1 star: 0 (0%)',
      ]);
      await memory.asParticipant('c').rate('stars', { score: 3 });
      await waitUntil(() => text(el, '[part=aggregate] span') === '4 out of 5 from 3 ratings', 'live aggregate');
      const hidden = await render('private', memory);
      expect($(hidden, '[part=aggregate]')).to.be.null;
    });

    it('a returning participant sees their rating; closed services say so', async () => {
      const memory = new MemoryAdapter({ seed: { services }, participantId: 'me' });
      await memory.rate('csat', { score: 4 });
      const el = await render('csat', memory);
      expect(text(el, '[part=notice]')).to.equal('Your rating: Satisfied.');
      expect($<HTMLInputElement>(el, 'input[value="4"]')!.checked).to.equal(true);
      const closed = await render('closed');
      expect(text(closed, '[part=notice]')).to.equal('This service is not taking ratings at the moment.');
      expect($(closed, 'form')).to.be.null;
    });
  });

  describe('language', () => {
    it('French decimals, and Arabic right to left', async () => {
      const memory = new MemoryAdapter({ seed: { services } });
      await memory.asParticipant('a').rate('stars', { score: 5 });
      await memory.asParticipant('b').rate('stars', { score: 4 });
      const fr = await render('stars', memory, 'fr');
      await waitUntil(() => text(fr, '[part=aggregate] span') === '4,5 sur 5 (2 notes)');
      const ar = await render('stars', memory, 'ar');
      await waitUntil(() => $(ar, '[part=submit]')?.textContent?.includes('أرسل'));
      expect($(ar, '[part=base]')?.getAttribute('dir')).to.equal('rtl');
      await expect(ar).to.be.accessible();
    });
  });
});
