import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LANGUAGES, MemoryAdapter, type PollDefinition, bestLanguage } from '@civic-widgets/core';
import '../define/poll.js';
import type { CivicPoll } from '../poll/poll.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { type MessageBundle, registerLocale, shippedLanguage, supportedLanguage } from './registry.js';
import { waitUntil } from '../test-support/wait.js';
import { Translator } from './translator.js';
import { inLanguage } from '../base/user-text.js';
import { en as pollEnglish } from '../poll/messages/en.js';

const poll: PollDefinition = {
  id: 'lang',
  question: 'Which day?',
  options: [
    { id: 'mon', label: 'Monday' },
    { id: 'tue', label: 'Tuesday' },
  ],
  resultsVisibility: 'always',
};

/** The poll's Vote button and direction once the widget shows `until` (its language is loaded). */
async function voteButton(lang: string, until: (seen: { text: string; dir: string }) => boolean = () => true) {
  const el = await fixture<CivicPoll>(
    html`<civic-poll poll-id="lang" lang=${lang} .adapter=${new MemoryAdapter({ seed: { polls: [poll] } })}></civic-poll>`,
  );
  const read = () => {
    const button = el.shadowRoot?.querySelector('button[type=submit]');
    const root = el.shadowRoot?.querySelector('[dir]');
    return button ? { text: button.textContent!.trim(), dir: root?.getAttribute('dir') ?? '' } : null;
  };
  await waitUntil(() => {
    const seen = read();
    return seen && until(seen);
  }, `the vote button in ${lang}`);
  return read()!;
}

/** A language's shipped poll messages, read the way a bundler would load them. */
async function shipped(lang: string): Promise<Record<string, unknown>> {
  return ((await import(`../poll/messages/${lang}.ts`)) as { default: Record<string, unknown> }).default;
}

describe('languages', () => {
  it('ships at least 60 languages, the six UN languages among them', () => {
    expect(LANGUAGES.length).to.be.at.least(60);
    for (const lang of ['ar', 'zh-Hans', 'zh-Hant', 'en', 'fr', 'ru', 'es', 'cy', 'pt-BR', 'he', 'sw'])
      expect(LANGUAGES).to.include(lang);
  });

  it('shows each language from its own catalogue, loaded on demand', async () => {
    for (const lang of ['de', 'ja', 'uk', 'pt-BR', 'pt', 'zh-Hant', 'am']) {
      const expected = (await shipped(lang))['poll.vote'];
      expect((await voteButton(lang, (seen) => seen.text === expected)).text, lang).to.equal(expected);
    }
    expect((await shipped('pt'))['poll.vote']).to.be.a('string');
  });

  it('falls back from regional tags to the language, and through likely scripts', async () => {
    for (const [tag, lang] of [
      ['de-AT', 'de'],
      ['zh-HK', 'zh-Hant'],
      ['zh-CN', 'zh-Hans'],
      ['no', 'nb'],
    ] as const) {
      const expected = (await shipped(lang))['poll.vote'];
      expect((await voteButton(tag, (seen) => seen.text === expected)).text, tag).to.equal(expected);
    }
    expect(supportedLanguage('pt-AO')).to.equal('pt');
    expect(supportedLanguage('iw')).to.equal('he');
    expect((await voteButton('mt')).text).to.equal(pollEnglish['poll.vote']);
  });

  it('asks for the file the shipped list would pick, without holding the list', () => {
    const regional = ['de-AT', 'fr-CA', 'pt-BR', 'pt-PT', 'pt-AO', 'zh-CN', 'zh-SG', 'zh-HK', 'zh-TW', 'zh-MO', 'zh-Hant-HK'];
    for (const tag of [...LANGUAGES, ...regional, 'iw', 'tl', 'in', 'no', 'nn-NO', 'es-419', 'sr-Latn', 'en-GB'])
      expect(shippedLanguage(tag), tag).to.equal(bestLanguage(tag));
    expect(shippedLanguage('mt')).to.equal('mt', 'not shipped: its file is missing, so English shows');
    expect(shippedLanguage('not a tag!')).to.equal('en');
  });

  it('lays out every right-to-left language mirrored', async () => {
    for (const lang of ['ar', 'he', 'fa', 'ur', 'ps']) {
      const expected = (await shipped(lang))['poll.vote'];
      expect((await voteButton(lang, (seen) => seen.text === expected)).dir, lang).to.equal('rtl');
    }
    const german = (await shipped('de'))['poll.vote'];
    expect((await voteButton('de', (seen) => seen.text === german)).dir).to.equal('ltr');
  });

  it('takes single strings and new languages from the site, over the shipped ones', async () => {
    registerLocale('de-CH', { 'poll.vote': 'Jetzt abstimmen' });
    registerLocale('mt', { 'poll.vote': 'Ivvota' });
    expect((await voteButton('de-CH', (seen) => seen.text === 'Jetzt abstimmen')).text).to.equal('Jetzt abstimmen');
    expect((await voteButton('mt', (seen) => seen.text === 'Ivvota')).text).to.equal('Ivvota');
    expect(supportedLanguage('mt-MT')).to.equal('mt');
    // German still shows German where Switzerland changed nothing.
    const hint = String((await shipped('de'))['poll.hint-single']);
    const el = await fixture<CivicPoll>(
      html`<civic-poll poll-id="lang" lang="de-CH" .adapter=${new MemoryAdapter({ seed: { polls: [poll] } })}></civic-poll>`,
    );
    await waitUntil(() => el.shadowRoot?.textContent?.includes(hint), 'the German hint');
  });

  it('fills a string a translation lacks with English, for that string only', async () => {
    const bundle: MessageBundle<'x.a' | 'x.b'> = {
      en: { 'x.a': 'English A', 'x.b': 'English B' },
      load: async () => ({ default: { 'x.a': 'Deutsch A' } }),
    };
    class Probe extends LitElement {
      locale = new LocaleController(this, bundle);
      override render() {
        return html`<p>${this.locale.i18n.t('x.a')} / ${this.locale.i18n.t('x.b')}</p>`;
      }
    }
    customElements.define('lang-probe', Probe);
    const el = await fixture<Probe>(html`<lang-probe lang="de"></lang-probe>`);
    await waitUntil(() => el.shadowRoot?.textContent?.includes('Deutsch A'), 'the German string');
    expect(el.shadowRoot!.textContent!.trim()).to.equal('Deutsch A / English B');
  });

  it('shows text an administrator gave by language in the widget’s, else its language alone, English, the first', () => {
    const text = { en: 'Which day?', cy: 'Pa ddiwrnod?', 'pt-BR': 'Qual dia?' };
    expect(inLanguage(text, 'cy')).to.deep.equal(['Pa ddiwrnod?', 'cy']);
    expect(inLanguage(text, 'cy-GB')).to.deep.equal(['Pa ddiwrnod?', 'cy']);
    expect(inLanguage(text, 'pt-BR')).to.deep.equal(['Qual dia?', 'pt-BR']);
    expect(inLanguage(text, 'fr')).to.deep.equal(['Which day?', 'en']);
    expect(inLanguage({ cy: 'Pa ddiwrnod?', ga: 'Cén lá?' }, 'fr')).to.deep.equal(['Pa ddiwrnod?', 'cy']);
    expect(inLanguage('Plain', 'cy')).to.deep.equal(['Plain']);
  });

  it('gives each language its own plural forms (Arabic six)', async () => {
    const ar = new Translator('ar', { ...pollEnglish, ...(await shipped('ar')) } as never);
    const forms = new Set([0, 1, 2, 3, 11, 100].map((count) => ar.t('poll.votes' as never, { count })));
    expect(forms.size).to.equal(6);
    const ru = new Translator('ru', { ...pollEnglish, ...(await shipped('ru')) } as never);
    expect(new Set([1, 3, 5].map((count) => ru.t('poll.votes' as never, { count }))).size).to.equal(3);
  });
});
