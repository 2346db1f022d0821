import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryAdapter } from './memory-adapter.js';
import { conformanceCases } from '../testing/index.js';
import type { ConformanceHarness } from '../testing/index.js';
import type { Seed } from '../schemas/definitions.js';

const harness: ConformanceHarness = {
  async setup(seed) {
    const root = new MemoryAdapter({ seed, participantId: 'root' });
    return {
      participant: (name) => root.asParticipant(name),
      async confirmSignature(petitionId, email) {
        const message = root.outbox.findLast((m) => m.petitionId === petitionId && m.to === email && m.token);
        if (!message?.token || !root.confirmSignature(message.token)) throw new Error(`no pending signature for ${email}`);
      },
    };
  },
};

describe('MemoryAdapter conformance', () => {
  for (const c of conformanceCases(harness)) test(c.name, c.run);
});

describe('MemoryAdapter', () => {
  test('persists to storage and restores on the next page load', async () => {
    const data = new Map<string, string>();
    const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
    const seed = {
      polls: [
        {
          id: 'p',
          question: 'Q?',
          options: [
            { id: 'a', label: 'A' },
            { id: 'b', label: 'B' },
          ],
          resultsVisibility: 'always' as const,
        },
      ],
    };
    const first = new MemoryAdapter({ seed, participantId: 'me', persist: { key: 'demo', storage } });
    await first.vote('p', { choices: ['b'] });
    const again = new MemoryAdapter({ seed, participantId: 'me', persist: { key: 'demo', storage } });
    const view = await again.getPoll('p');
    assert.deepEqual(view.myVote, ['b']);
    assert.equal(view.results?.totalParticipants, 1);
  });

  test('rejects an invalid seed with a clear error: its shape at once, a definition on first use of its kind', async () => {
    assert.throws(() => new MemoryAdapter({ seed: { pols: [] } as unknown as Seed }), {
      code: 'invalid-input',
      message: /^pols: Unrecognized key/,
    });
    assert.throws(() => new MemoryAdapter({ seed: { polls: {} } as unknown as Seed }), { code: 'invalid-input' });
    const adapter = new MemoryAdapter({ seed: { polls: [{ id: 'Bad Id', question: 'Q', options: [] }] } });
    await assert.rejects(adapter.getPoll('any'), { code: 'invalid-input', message: /^polls\.0\.id: Must be a slug/ });
    await assert.rejects(adapter.vote('any', { choices: ['a'] }), { code: 'invalid-input', message: /^polls\.0\.id/ });
    await assert.rejects(adapter.getThread('any'), { code: 'not-found' }, 'other kinds work');
  });

  test('seeds each kind on first use, also after a page load that saved only some kinds', async () => {
    const data = new Map<string, string>();
    const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
    const seed: Seed = {
      polls: [
        {
          id: 'p',
          question: 'Q?',
          options: [
            { id: 'a', label: 'A' },
            { id: 'b', label: 'B' },
          ],
        },
      ],
      services: [{ id: 's', name: 'Library', question: 'Helpful?', scale: 'yesno' }],
    };
    const first = new MemoryAdapter({ seed, participantId: 'me', persist: { key: 'k', storage } });
    await first.vote('p', { choices: ['a'] });
    assert.deepEqual(JSON.parse(data.get('k')!).seeded, ['polls']);
    const again = new MemoryAdapter({ seed, participantId: 'me', persist: { key: 'k', storage } });
    assert.deepEqual((await again.getPoll('p')).myVote, ['a']);
    assert.equal((await again.getService('s')).service.name, 'Library');

    // A state saved before seeding was lazy holds every kind: the seed is not applied again.
    const old = { version: 1, seq: 0, polls: {}, threads: {}, petitions: {}, services: {}, outbox: [] };
    data.set('old', JSON.stringify(old));
    const restored = new MemoryAdapter({ seed, persist: { key: 'old', storage } });
    await assert.rejects(restored.getPoll('p'), { code: 'not-found' });
  });

  test('follows the injected clock for opening times', async () => {
    let now = new Date('2030-01-01T00:00:00Z');
    const seed = {
      polls: [
        {
          id: 'p',
          question: 'Q?',
          options: [
            { id: 'a', label: 'A' },
            { id: 'b', label: 'B' },
          ],
          opensAt: '2030-01-02T00:00:00Z',
        },
      ],
    };
    const adapter = new MemoryAdapter({ seed, now: () => now });
    await assert.rejects(adapter.vote('p', { choices: ['a'] }), { code: 'closed' });
    now = new Date('2030-01-03T00:00:00Z');
    assert.deepEqual((await adapter.vote('p', { choices: ['a'] })).myVote, ['a']);
  });

  test('an aborted signal rejects without changing anything', async () => {
    const seed = {
      polls: [
        {
          id: 'p',
          question: 'Q?',
          options: [
            { id: 'a', label: 'A' },
            { id: 'b', label: 'B' },
          ],
          resultsVisibility: 'always' as const,
        },
      ],
    };
    const adapter = new MemoryAdapter({ seed });
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(adapter.vote('p', { choices: ['a'] }, { signal: controller.signal }), { name: 'AbortError' });
    assert.equal((await adapter.getPoll('p')).results?.totalParticipants, 0);
  });
});
