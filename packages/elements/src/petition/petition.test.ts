import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../test-support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter, type PetitionDefinition } from '@civic-widgets/core';
import '../define/petition.js';
import type { CivicPetition } from './petition.js';
import { override } from '../test-support/adapters.js';

const DAY = 86_400_000;
/** Admin text inside a message is isolated with FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE. */
const FSI = '\u2068';
const PDI = '\u2069';
const RLO = '\u202E';
const petitions: PetitionDefinition[] = [
  {
    id: 'streets',
    title: 'Car-free school streets',
    summary: 'Close streets outside schools at drop-off.',
    body: 'Children walk to school.\nDetails: https://example.gov/streets',
    goal: 10,
    milestones: [
      { count: 2, label: 'The council responds' },
      { count: 5, label: 'Considered for debate' },
    ],
    regions: [
      { id: 'north', label: 'North' },
      { id: 'south', label: 'South' },
    ],
    closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
  },
  { id: 'plain', title: 'No regions', goal: 100 },
  { id: 'ended', title: 'Ended', goal: 100, closesAt: new Date(Date.now() - DAY).toISOString() },
  {
    id: 'answered',
    title: 'Answered',
    goal: 100,
    status: 'responded',
    response: { body: 'The council agrees and will act.', respondedAt: new Date(Date.now() - DAY).toISOString() },
  },
];

const $ = <T extends HTMLElement = HTMLElement>(el: CivicPetition, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: CivicPetition, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

async function render(id: string, adapter = new MemoryAdapter({ seed: { petitions }, participantId: 'me' }), lang = 'en') {
  const el = await fixture<CivicPetition>(
    html`<civic-petition lang=${lang} petition-id=${id} .adapter=${adapter}></civic-petition>`,
  );
  await waitUntil(() => el.view !== undefined || $(el, '[part=error]'), 'petition loaded');
  await el.updateComplete;
  return el;
}

async function fill(
  el: CivicPetition,
  values: { name?: string; email?: string; region?: string; consent?: boolean; showName?: boolean },
) {
  const set = (id: string, value: string) => {
    const input = $<HTMLInputElement>(el, `#${id}`)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  };
  if (values.name !== undefined) set('name', values.name);
  if (values.email !== undefined) set('email', values.email);
  if (values.region !== undefined) {
    const select = $<HTMLSelectElement>(el, '#regionId')!;
    select.value = values.region;
    select.dispatchEvent(new Event('change'));
  }
  if (values.consent) $<HTMLInputElement>(el, '#consent')!.click();
  if (values.showName) $<HTMLInputElement>(el, '#showName')!.click();
  await el.updateComplete;
}

async function sign(el: CivicPetition) {
  $<HTMLButtonElement>(el, '[part=submit]')!.click();
  await waitUntil(() => $(el, '[part=confirmation]') || $(el, '[part=error-summary]'), 'signed or refused');
  await el.updateComplete;
}

describe('<civic-petition>', () => {
  describe('accessibility in every state', () => {
    it('form, error summary and confirmation', async () => {
      const el = await render('streets');
      await expect(el).to.be.accessible();
      await sign(el);
      await expect(el).to.be.accessible();
      await fill(el, { name: 'Ada', email: 'ada@example.org', region: 'north', consent: true });
      await sign(el);
      await expect(el).to.be.accessible();
    });
    it('closed, responded, milestone reached, not found', async () => {
      const memory = new MemoryAdapter({ seed: { petitions } });
      for (let i = 0; i < 3; i++) {
        await memory.signPetition('streets', {
          name: `P${i}`,
          email: `p${i}@example.org`,
          regionId: 'south',
          consent: true,
          showName: true,
        });
        memory.confirmSignature(memory.outbox[memory.outbox.length - 1]!.token!);
      }
      for (const id of ['ended', 'answered', 'streets', 'missing']) await expect(await render(id, memory)).to.be.accessible();
    });
  });

  describe('reading', () => {
    it('shows the text, the count, progress to the goal with milestones, and the closing date', async () => {
      const el = await render('streets');
      expect($(el, '[part=title]')?.textContent).to.equal('Car-free school streets');
      const details = $<HTMLDetailsElement>(el, 'details')!;
      expect(details.open).to.equal(false);
      $(el, 'summary')!.click();
      expect(details.open).to.equal(true);
      expect($(el, 'details a')?.getAttribute('href')).to.equal('https://example.gov/streets');
      expect($(el, '[part=count]')?.textContent).to.equal('No signatures yet');
      expect(el.shadowRoot!.textContent).to.contain('Signatures: 0 of 10 (0%)');
      expect($$(el, '[part=milestones] li').map((li) => li.textContent?.trim())).to.deep.equal([
        `2 signatures — ${FSI}The council responds${PDI}`,
        `5 signatures — ${FSI}Considered for debate${PDI}`,
      ]);
      expect(el.shadowRoot!.textContent).to.match(/Open for signatures until/);
    });

    it('milestones reached are marked, public signers listed only with consent, count updates live', async () => {
      const memory = new MemoryAdapter({ seed: { petitions } });
      const el = await render('streets', memory);
      const signAndConfirm = async (name: string, showName: boolean) => {
        await memory.signPetition('streets', { name, email: `${name}@example.org`, regionId: 'north', consent: true, showName });
        memory.confirmSignature(memory.outbox[memory.outbox.length - 1]!.token!);
      };
      await signAndConfirm('Shown', true);
      await signAndConfirm('Hidden', false);
      await waitUntil(() => $(el, '[part=count]')?.textContent === '2 signatures', 'live count');
      await waitUntil(() => $(el, '[part=signers]'), 'signers refreshed');
      expect($$(el, '[part=signers] li').map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).to.deep.equal([
        'Shown, North',
      ]);
      expect($(el, '[part=notice]')?.textContent).to.equal(`Milestone reached: ${FSI}The council responds${PDI}.`);
      expect($$(el, '[part=milestones] li.done').length).to.equal(1);
    });

    it('isolates what people and administrators wrote: a signer name with RLO cannot reorder the list', async () => {
      const memory = new MemoryAdapter({ seed: { petitions } });
      // Backends remove bidi controls before storage; an older server may still send them.
      const spoofed = override(memory, {
        getPetition: async (id: string) => ({
          ...(await memory.getPetition(id)),
          recentSigners: [
            { name: `${RLO}nosaj`, regionId: 'north', signedAt: new Date().toISOString() },
            { name: 'Ada', regionId: null, signedAt: new Date().toISOString() },
          ],
        }),
      });
      const el = await render('streets', spoofed);
      await expect(el).to.be.accessible();
      const [first, second] = $$(el, '[part=signers] li');
      const isolated = [...first!.querySelectorAll('bdi')];
      expect(isolated.map((b) => b.textContent)).to.deep.equal([`${RLO}nosaj`, 'North']);
      expect(second!.querySelector('bdi')?.textContent).to.equal('Ada');
      // The override ends with the name: the region still follows it, on its right.
      expect(isolated[1]!.getBoundingClientRect().left).to.be.at.least(isolated[0]!.getBoundingClientRect().right);
      for (const selector of ['[part=title]', '[part=summary]', 'details .body'])
        expect($(el, `${selector} > bdi`), selector).to.exist;
      expect([...$<HTMLSelectElement>(el, '#regionId')!.options].map((o) => o.text)).to.deep.equal([
        'Choose where you live',
        `${FSI}North${PDI}`,
        `${FSI}South${PDI}`,
      ]);
      const answered = await render('answered');
      expect($(answered, '[part=response] .body > bdi')?.textContent).to.equal('The council agrees and will act.');
    });

    it('closed petitions say so; responded ones show the official response prominently', async () => {
      const ended = await render('ended');
      expect($(ended, '[part=notice]')?.textContent).to.contain('This petition is closed');
      expect($(ended, 'form')).to.be.null;
      const answered = await render('answered');
      expect($(answered, '[part=response]')?.textContent).to.contain('The council agrees and will act.');
      expect($(answered, '[part=response]')?.textContent).to.match(/Published on/);
      expect($(answered, 'form')).to.be.null;
    });
  });

  describe('signing', () => {
    it('the consent names the privacy notice in words, linked to privacy-url, in each language', async () => {
      const memory = new MemoryAdapter({ seed: { petitions } });
      const cases = [
        [
          'en',
          'privacy notice',
          'I agree that my name, e-mail address and area are processed to record my signature, as described in the privacy notice.',
        ],
        ['fr', 'politique de confidentialité', 'comme décrit dans la politique de confidentialité.'],
        ['es', 'aviso de privacidad', 'como se describe en el aviso de privacidad.'],
        ['ar', 'إشعار الخصوصية', 'كما هو موضّح في إشعار الخصوصية.'],
      ];
      for (const [lang, words, ending] of cases) {
        const el = await fixture<CivicPetition>(
          html`<civic-petition
            lang=${lang!}
            petition-id="streets"
            privacy-url="/privacy.html"
            .adapter=${memory}
          ></civic-petition>`,
        );
        await waitUntil(
          () => $(el, '[part=choice]:has(#consent) a')?.textContent === words,
          `${lang}: the link reads "${words}"`,
        );
        const label = $(el, '[part=choice]:has(#consent)')!;
        expect($(el, '[part=choice]:has(#consent) a')?.getAttribute('href')).to.equal('/privacy.html');
        expect(label.textContent?.replace(/\s+/g, ' ').trim().endsWith(ending!), `${lang}: ${label.textContent}`).to.equal(true);
        expect(label.textContent).not.to.contain('privacy.html');
      }
      const plain = await render('streets');
      expect($(plain, '[part=choice]:has(#consent) a')).to.be.null;
      expect($(plain, '[part=choice]:has(#consent)')?.textContent?.trim()).to.match(/as described in the privacy notice\.$/);
    });

    it('an empty e-mail address is asked for, not called "in the wrong format"; text fields in error turn red like the select', async () => {
      const el = await render('streets');
      await sign(el);
      expect($(el, '#email-error')?.textContent).to.equal('Enter your e-mail address.');
      const red = getComputedStyle($(el, '#regionId')!).borderTopColor;
      expect(getComputedStyle($(el, '#name')!).borderTopColor).to.equal(red);
      expect(getComputedStyle($(el, '#email')!).borderTopColor).to.equal(red);
      await fill(el, { email: 'ada@' });
      await sign(el);
      expect($(el, '#email-error')?.textContent).to.equal(
        'Enter an e-mail address in the correct format, like name@example.com.',
      );
    });

    it('an error summary links to each field; messages sit at the fields', async () => {
      const el = await render('streets');
      await fill(el, { email: 'not-an-email' });
      await sign(el);
      const summary = $(el, '[part=error-summary]')!;
      expect(el.shadowRoot!.activeElement).to.equal(summary);
      const links = $$(el, '[part=error-summary] a');
      expect(links.map((a) => a.textContent)).to.deep.equal([
        'Enter your full name.',
        'Enter an e-mail address in the correct format, like name@example.com.',
        'Choose where you live.',
        'You must agree before you can sign.',
      ]);
      links[1]!.click();
      expect(el.shadowRoot!.activeElement?.id).to.equal('email');
      expect($(el, '#email')?.getAttribute('aria-describedby')).to.contain('email-error');
      expect($(el, '#email')?.getAttribute('aria-invalid')).to.equal('true');
    });

    it('in Arabic, the e-mail address in the confirmation and the milestone mark keep their own direction', async () => {
      const memory = new MemoryAdapter({ seed: { petitions } });
      for (let i = 0; i < 2; i++) {
        await memory.signPetition('streets', {
          name: `P${i}`,
          email: `p${i}@example.org`,
          regionId: 'south',
          consent: true,
          showName: false,
        });
        memory.confirmSignature(memory.outbox[memory.outbox.length - 1]!.token!);
      }
      const el = await render('streets', memory, 'ar');
      await waitUntil(() => $(el, '.milestones .reached'));
      expect($(el, '.milestones .reached')?.getAttribute('dir')).to.equal('rtl');
      expect($(el, '.milestones .reached')?.textContent).to.equal('(✓ تم بلوغها)');
      await fill(el, { name: 'Ada', email: 'ada@example.org', region: 'north', consent: true });
      await sign(el);
      expect($(el, '[part=confirmation]')?.textContent).to.contain(`${FSI}ada@example.org${PDI}`);
    });

    it('signing asks to check the e-mail, fires civic-sign, and the count waits for confirmation', async () => {
      const memory = new MemoryAdapter({ seed: { petitions } });
      const el = await render('streets', memory);
      await fill(el, { name: 'Ada Lovelace', email: 'ada@example.org', region: 'south', consent: true, showName: true });
      const heard = oneEvent(el, 'civic-sign');
      await sign(el);
      const event = await heard;
      expect(event.detail.receipt).to.deep.equal({ status: 'pending-confirmation', email: 'ada@example.org' });
      const confirmation = $(el, '[part=confirmation]')!;
      expect(confirmation.textContent).to.contain(`We have sent a link to ${FSI}ada@example.org${PDI}`);
      expect(confirmation.textContent).to.contain('check your spam folder');
      expect(el.shadowRoot!.activeElement).to.equal(confirmation);
      expect($(el, '[part=count]')?.textContent).to.equal('No signatures yet');
      memory.confirmSignature(memory.outbox.find((m) => m.to === 'ada@example.org')!.token!);
      await waitUntil(() => $(el, '[part=count]')?.textContent === '1 signature');
    });

    it('signing again with the same address is answered the same way, revealing nothing', async () => {
      const memory = new MemoryAdapter({ seed: { petitions: [petitions[1]!] } });
      await memory.signPetition('plain', { name: 'Someone', email: 'taken@example.org', consent: true });
      memory.confirmSignature(memory.outbox[0]!.token!);
      const el = await render('plain', memory);
      await fill(el, { name: 'Me', email: 'taken@example.org', consent: true });
      await sign(el);
      expect($(el, '[part=confirmation]')?.textContent).to.contain(`We have sent a link to ${FSI}taken@example.org${PDI}`);
      expect((await memory.getPetition('plain')).petition.signatureCount).to.equal(1);
    });

    it('works by keyboard from the first field to the button', async () => {
      const el = await render('plain');
      $<HTMLInputElement>(el, '#name')!.focus();
      await sendKeys({ type: 'Grace' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'grace@example.org' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part=submit]'));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '[part=confirmation]'));
    });

    it('share falls back to copying the link, with confirmation', async () => {
      const el = await render('plain');
      let copied = '';
      const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (t: string) => void (copied = t) },
      });
      const share = navigator.share;
      Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });
      try {
        $<HTMLButtonElement>(el, '[part=share]')!.click();
        await waitUntil(() => el.shadowRoot!.textContent?.includes('Link copied.'));
        expect(copied).to.equal(location.href.split('#')[0]);
      } finally {
        delete (navigator as unknown as Record<string, unknown>)['clipboard'];
        Object.defineProperty(navigator, 'share', { configurable: true, value: share });
        if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
      }
    });
  });

  describe('language', () => {
    it('Arabic, right to left, with Arabic plurals', async () => {
      const el = await render('streets', undefined, 'ar');
      await waitUntil(() => $(el, '[part=count]')?.textContent === 'لا توجد توقيعات');
      expect($(el, '[part=base]')?.getAttribute('dir')).to.equal('rtl');
      await expect(el).to.be.accessible();
    });
  });
});
