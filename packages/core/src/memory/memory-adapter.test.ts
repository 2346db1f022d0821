import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryAdapter } from './memory-adapter.js';
import { conformanceCases } from '../testing/index.js';
import type { ConformanceHarness } from '../testing/index.js';

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

  test('rejects an invalid seed with a clear error', () => {
    assert.throws(() => new MemoryAdapter({ seed: { polls: [{ id: 'Bad Id', question: 'Q', options: [] }] } }), {
      code: 'invalid-input',
    });
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
