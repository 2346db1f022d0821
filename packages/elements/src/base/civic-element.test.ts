import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../test-support/wait.js';
import { MemoryAdapter, type PollView } from '@civic-widgets/core';
import { customElement, property } from 'lit/decorators.js';
import { CivicElement } from './civic-element.js';
import { configure, resetConfig } from './config.js';
import { defineElement } from './define.js';
import { resetWarnings } from './dev.js';
import { ResourceController } from '../controllers/resource-controller.js';

/** A minimal widget used only here, to test the foundation every widget builds on. */
@customElement('civic-test-widget')
class CivicTestWidget extends CivicElement {
  @property({ attribute: 'poll-id' }) pollId = '';
  readonly data = this.loadResource(
    () => this.pollId,
    (adapter, id, signal) => adapter.getPoll(id, { signal }),
  );
  override render() {
    return this.renderFrame(
      this.data.render({
        pending: () => this.renderLoading(),
        complete: (v) =>
          html`<h2 part="question">${v.poll.question}</h2>
            <p class="count">${this.locale.i18n.t('common.characters-left', { count: 1234 })}</p>`,
        error: (e) => this.renderError(e, () => void this.data.retry()),
      }),
    );
  }
  say(message: string) {
    this.announce(message);
  }
}

const seed = {
  polls: [
    {
      id: 'bins',
      question: 'More recycling bins?',
      options: [
        { id: 'yes', label: 'Yes' },
        { id: 'no', label: 'No' },
      ],
    },
    {
      id: 'parks',
      question: 'Open parks later?',
      options: [
        { id: 'yes', label: 'Yes' },
        { id: 'no', label: 'No' },
      ],
    },
  ],
};
const shadowText = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

afterEach(() => {
  resetConfig();
  document.documentElement.lang = 'en';
  document.querySelectorAll('script[data-test]').forEach((s) => s.remove());
});

describe('CivicElement', () => {
  it('is accessible while loading, when loaded and on error', async () => {
    let release!: () => void;
    const slow = new MemoryAdapter({ seed });
    const gate = new Promise<void>((r) => (release = r));
    const adapter = Object.assign(Object.create(slow) as MemoryAdapter, {
      getPoll: async (id: string) => (await gate, slow.getPoll(id)),
    });
    const el = await fixture<CivicTestWidget>(html`<civic-test-widget poll-id="bins" .adapter=${adapter}></civic-test-widget>`);
    expect(el.shadowRoot?.querySelector('[part=loading]')).to.exist;
    await expect(el).to.be.accessible();
    release();
    await waitUntil(() => el.data.status === 'complete');
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const broken = await fixture<CivicTestWidget>(html`<civic-test-widget poll-id="nope" .adapter=${slow}></civic-test-widget>`);
    await waitUntil(() => broken.data.status === 'error');
    await broken.updateComplete;
    await expect(broken).to.be.accessible();
  });

  it('renders first in a task of its own, with its space kept from the upgrade on', async () => {
    const el = document.createElement('civic-test-widget') as CivicTestWidget;
    el.pollId = 'bins';
    document.body.append(el);
    try {
      await Promise.resolve();
      // Same task: styles are in place (the space is kept), nothing is rendered yet.
      expect(el.shadowRoot?.querySelector('[part=base]')).to.be.null;
      expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
      await el.updateComplete;
      expect(el.shadowRoot?.querySelector('[part=base]')).not.to.be.null;
    } finally {
      el.remove();
    }
  });

  it('has a live region from the first render and announces repeated messages', async () => {
    const el = await fixture<CivicTestWidget>(html`<civic-test-widget></civic-test-widget>`);
    const region = el.shadowRoot?.querySelector('[role=status]');
    expect(region?.getAttribute('aria-live')).to.equal('polite');
    el.say('Vote recorded');
    await el.updateComplete;
    expect(region?.textContent?.trim()).to.equal('Vote recorded');
    el.say('Vote recorded');
    await el.updateComplete;
    expect(region?.textContent?.trim()).to.equal('');
    await waitUntil(() => region?.textContent?.trim() === 'Vote recorded');
  });

  describe('adapter resolution', () => {
    it('prefers the adapter property over everything else', async () => {
      configure({ adapter: new MemoryAdapter() });
      const el = await fixture<CivicTestWidget>(
        html`<civic-test-widget
          poll-id="bins"
          endpoint="http://127.0.0.1:9/api"
          .adapter=${new MemoryAdapter({ seed })}
        ></civic-test-widget>`,
      );
      await waitUntil(() => el.data.status === 'complete');
      expect(el.data.value?.poll.question).to.equal('More recycling bins?');
    });

    it('uses the endpoint attribute before configure()', async () => {
      configure({ adapter: new MemoryAdapter({ seed }) });
      const el = await fixture<CivicTestWidget>(
        html`<civic-test-widget poll-id="bins" endpoint="http://127.0.0.1:9/api"></civic-test-widget>`,
      );
      // Port 9 refuses connections: the REST adapter was chosen, and its failure is shown.
      await waitUntil(() => el.data.status === 'error', 'REST adapter failed', { timeout: 8000 });
      expect((el.data.error as { code: string }).code).to.equal('network');
    });

    it('uses configure() before the script tag', async () => {
      const script = Object.assign(document.createElement('script'), { type: 'text/plain' });
      script.setAttribute('src', '/cdn/civic-widgets.js');
      script.dataset['endpoint'] = 'http://127.0.0.1:9/api';
      script.dataset['test'] = '';
      document.head.append(script);
      configure({ adapter: new MemoryAdapter({ seed }) });
      const el = await fixture<CivicTestWidget>(html`<civic-test-widget poll-id="parks"></civic-test-widget>`);
      await waitUntil(() => el.data.status === 'complete');
      expect(el.data.value?.poll.question).to.equal('Open parks later?');
    });

    it('falls back to the script tag data-endpoint', async () => {
      const script = Object.assign(document.createElement('script'), { type: 'text/plain' });
      script.setAttribute('src', '/cdn/civic-widgets.js');
      script.dataset['endpoint'] = 'http://127.0.0.1:9/from-script';
      script.dataset['test'] = '';
      document.head.append(script);
      const el = await fixture<CivicTestWidget>(html`<civic-test-widget poll-id="bins"></civic-test-widget>`);
      await waitUntil(() => el.data.status === 'error', 'REST adapter failed', { timeout: 8000 });
      expect((el.data.error as { code: string }).code).to.equal('network');
    });

    it('without any backend shows a clear message and warns once with [civic]', async () => {
      resetWarnings();
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        const el = await fixture<CivicTestWidget>(html`<civic-test-widget poll-id="bins"></civic-test-widget>`);
        await waitUntil(() => el.data.status === 'error');
        await el.updateComplete;
        expect(shadowText(el)).to.contain('No backend configured');
        // A second widget without a backend does not repeat the warning.
        const other = await fixture<CivicTestWidget>(html`<civic-test-widget poll-id="parks"></civic-test-widget>`);
        await waitUntil(() => other.data.status === 'error');
        expect(el.shadowRoot?.querySelector('[part=retry]')).to.be.null;
        await expect(el).to.be.accessible();
      } finally {
        console.warn = original;
      }
      expect(warnings.filter((w) => w.startsWith('[civic] No backend configured'))).to.have.length(1);
    });

    it('a late configure() call brings a waiting widget to life', async () => {
      const el = await fixture<CivicTestWidget>(html`<civic-test-widget poll-id="bins"></civic-test-widget>`);
      await waitUntil(() => el.data.status === 'error');
      configure({ adapter: new MemoryAdapter({ seed }) });
      await waitUntil(() => el.data.status === 'complete');
    });
  });

  describe('data states', () => {
    it('offers retry for retryable errors and recovers', async () => {
      const memory = new MemoryAdapter({ seed });
      let fail = true;
      const { NetworkError } = await import('@civic-widgets/core');
      const flaky = Object.assign(Object.create(memory) as MemoryAdapter, {
        getPoll: async (id: string) => {
          if (fail) throw new NetworkError();
          return memory.getPoll(id);
        },
      });
      const el = await fixture<CivicTestWidget>(html`<civic-test-widget poll-id="bins" .adapter=${flaky}></civic-test-widget>`);
      await waitUntil(() => el.data.status === 'error');
      await el.updateComplete;
      expect(shadowText(el)).to.contain('We cannot reach the service at the moment. The problem is not on your side.');
      const retry = el.shadowRoot?.querySelector<HTMLButtonElement>('[part=retry]');
      expect(retry).to.exist;
      fail = false;
      retry?.focus();
      retry?.click();
      await waitUntil(() => el.data.status === 'complete');
      await el.updateComplete;
      expect(el.shadowRoot?.querySelector('[part=question]')?.textContent).to.equal('More recycling bins?');
    });

    it('a throwing onComplete callback never turns loaded data into the error view', async () => {
      const host = await fixture<CivicTestWidget>(html`<civic-test-widget></civic-test-widget>`);
      const data = new ResourceController<PollView, [string]>(host, {
        args: () => ['bins'],
        task: () => new MemoryAdapter({ seed }).getPoll('bins'),
        onComplete: () => {
          throw new Error('a bug in the callback');
        },
      });
      host.requestUpdate();
      await waitUntil(() => data.status === 'complete' || data.status === 'error', 'loaded or failed');
      expect(data.status).to.equal('complete');
      expect(data.value?.poll.question).to.equal('More recycling bins?');
      expect(data.error).to.equal(undefined);
    });

    it('tells offline, the service unreachable and a server error apart, never blaming the citizen', async () => {
      const { NetworkError, ServerError } = await import('@civic-widgets/core');
      const failing = (error: Error) =>
        Object.assign(Object.create(new MemoryAdapter({ seed })) as MemoryAdapter, {
          getPoll: async () => Promise.reject(error),
        });
      const shown = async (error: Error) => {
        const el = await fixture<CivicTestWidget>(
          html`<civic-test-widget poll-id="bins" .adapter=${failing(error)}></civic-test-widget>`,
        );
        await waitUntil(() => el.shadowRoot?.querySelector('[part=error]'));
        return shadowText(el);
      };
      expect(await shown(new NetworkError())).to.contain(
        'We cannot reach the service at the moment. The problem is not on your side.',
      );
      expect(await shown(new ServerError())).to.contain('Something went wrong on our side, not yours.');
      const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
      Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => false });
      try {
        const offline = await shown(new NetworkError());
        expect(offline).to.contain('You seem to be offline. Check your connection.');
        expect(offline).to.contain('This will load by itself when the connection or the service is back.');
        expect(offline).not.to.contain('internet connection');
      } finally {
        Object.defineProperty(Navigator.prototype, 'onLine', onLine);
      }
    });

    it('a read that failed loads by itself when the device is back online, behind the error view', async () => {
      const memory = new MemoryAdapter({ seed });
      let fail = true;
      let calls = 0;
      const { NetworkError } = await import('@civic-widgets/core');
      const flaky = Object.assign(Object.create(memory) as MemoryAdapter, {
        getPoll: async (id: string) => {
          calls++;
          if (fail) throw new NetworkError();
          return memory.getPoll(id);
        },
      });
      const el = await fixture<CivicTestWidget>(html`<civic-test-widget poll-id="bins" .adapter=${flaky}></civic-test-widget>`);
      await waitUntil(() => el.data.status === 'error');
      fail = false;
      window.dispatchEvent(new Event('online'));
      await el.updateComplete;
      expect(el.shadowRoot?.querySelector('[part=loading]'), 'no loading flash while trying again').to.equal(null);
      await waitUntil(() => el.shadowRoot?.querySelector('[part=question]')?.textContent === 'More recycling bins?', 'loaded');
      expect(calls).to.equal(2);
    });

    it('a read that failed tries again by itself after a pause, for when the service is back', async () => {
      const memory = new MemoryAdapter({ seed });
      let fail = true;
      const { ServerError } = await import('@civic-widgets/core');
      const flaky = Object.assign(Object.create(memory) as MemoryAdapter, {
        getPoll: async (id: string) => {
          if (fail) throw new ServerError();
          return memory.getPoll(id);
        },
      });
      const el = await fixture<CivicTestWidget>(html`<civic-test-widget poll-id="bins" .adapter=${flaky}></civic-test-widget>`);
      await waitUntil(() => el.data.status === 'error');
      fail = false;
      await waitUntil(() => el.data.status === 'complete', 'loaded without a click', { timeout: 8000 });
    });

    it('aborts the stale request when the id changes', async () => {
      const memory = new MemoryAdapter({ seed });
      const signals: AbortSignal[] = [];
      const slow = Object.assign(Object.create(memory) as MemoryAdapter, {
        getPoll: (id: string, o?: { signal?: AbortSignal }) => {
          if (o?.signal) signals.push(o.signal);
          return new Promise<PollView>((resolve, reject) => {
            const t = setTimeout(() => resolve(memory.getPoll(id)), id === 'bins' ? 300 : 10);
            o?.signal?.addEventListener('abort', () => (clearTimeout(t), reject(o.signal?.reason)));
          });
        },
      });
      const el = await fixture<CivicTestWidget>(html`<civic-test-widget poll-id="bins" .adapter=${slow}></civic-test-widget>`);
      el.pollId = 'parks';
      await waitUntil(() => el.data.status === 'complete');
      await new Promise((r) => setTimeout(r, 400));
      expect(signals[0]?.aborted).to.equal(true);
      expect(el.data.value?.poll.question).to.equal('Open parks later?');
    });
  });

  describe('events', () => {
    it('fires civic-load that bubbles and crosses shadow roots', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      const el = document.createElement('civic-test-widget') as CivicTestWidget;
      el.adapter = new MemoryAdapter({ seed });
      el.pollId = 'bins';
      const heard = oneEvent(document, 'civic-load');
      root.append(el);
      const event = await heard;
      expect(event.detail).to.deep.equal({ id: 'bins' });
      expect(event.composed).to.equal(true);
    });

    it('fires civic-error with retryable', async () => {
      const el = document.createElement('civic-test-widget') as CivicTestWidget;
      el.adapter = new MemoryAdapter({ seed });
      el.pollId = 'missing';
      const heard = oneEvent(el, 'civic-error');
      document.body.append(el);
      const event = await heard;
      expect(event.detail.retryable).to.equal(false);
      expect((event.detail.error as { code: string }).code).to.equal('not-found');
      el.remove();
    });
  });

  describe('language', () => {
    it('follows <html lang>, ancestors and its own lang, and updates when they change', async () => {
      document.documentElement.lang = 'fr';
      const wrapper = await fixture<HTMLDivElement>(html`<div><civic-test-widget poll-id="x"></civic-test-widget></div>`);
      const el = wrapper.querySelector('civic-test-widget') as CivicTestWidget;
      await waitUntil(() => shadowText(el).includes('Aucun serveur configuré'), 'French from <html lang>');
      wrapper.setAttribute('lang', 'es');
      await waitUntil(() => shadowText(el).includes('No hay ningún servidor'), 'Spanish from the ancestor');
      el.setAttribute('lang', 'ar');
      await waitUntil(() => shadowText(el).includes('لم يتم إعداد أي خادم'), 'Arabic from its own lang');
      const base = el.shadowRoot?.querySelector('[part=base]');
      expect(base?.getAttribute('dir')).to.equal('rtl');
      expect(base?.getAttribute('lang')).to.equal('ar');
      await expect(el).to.be.accessible();
    });

    it('configure({ lang }) applies when the element has no lang of its own', async () => {
      configure({ lang: 'es-MX' });
      const el = await fixture<CivicTestWidget>(html`<civic-test-widget poll-id="x"></civic-test-widget>`);
      await waitUntil(() => shadowText(el).includes('No hay ningún servidor'));
    });

    it('a later configure({ lang }) switches widgets already on the page', async () => {
      const el = await fixture<CivicTestWidget>(html`<civic-test-widget poll-id="x"></civic-test-widget>`);
      await waitUntil(() => shadowText(el).includes('No backend configured'));
      configure({ lang: 'fr' });
      await waitUntil(() => shadowText(el).includes('Aucun serveur configuré'), 'French after configure()');
      expect(el.shadowRoot?.querySelector('[part=base]')?.getAttribute('lang')).to.equal('fr');
    });

    it('formats numbers and plurals with Intl for the language', async () => {
      const el = await fixture<CivicTestWidget>(
        html`<civic-test-widget lang="fr-FR" poll-id="bins" .adapter=${new MemoryAdapter({ seed })}></civic-test-widget>`,
      );
      await waitUntil(() => el.shadowRoot?.querySelector('.count')?.textContent?.includes('caractères'));
      // French groups thousands with a narrow no-break space.
      expect(el.shadowRoot?.querySelector('.count')?.textContent).to.equal('Il vous reste 1\u202f234 caractères');
    });
  });

  describe('defineElement', () => {
    it('tolerates a second registration of the same tag with one [civic] warning', () => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        class SecondCopy extends HTMLElement {}
        expect(() => defineElement('civic-test-widget', SecondCopy)).not.to.throw();
        defineElement('civic-test-widget', CivicTestWidget);
      } finally {
        console.warn = original;
      }
      expect(customElements.get('civic-test-widget')).to.equal(CivicTestWidget);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^\[civic\] <civic-test-widget> is already defined/);
    });
  });
});
