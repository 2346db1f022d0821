import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as core from './index.js';
import { MemoryAdapter } from './memory/memory-adapter.js';

const petition = { id: 'p', title: 'Trees', goal: 10 };

describe('One mailbox, one signature', () => {
  test('canonicalEmail: lower case, no sub-address, no dots only where the provider ignores them', () => {
    const canonical = (core as Record<string, unknown>)['canonicalEmail'] as ((address: string) => string) | undefined;
    assert.equal(typeof canonical, 'function', 'canonicalEmail is exported from @civic-widgets/core');
    const c = canonical!;
    assert.equal(c(' Ada@Example.ORG '), 'ada@example.org');
    assert.equal(c('ada+1@example.org'), 'ada@example.org');
    assert.equal(c('ada+news+x@example.org'), 'ada@example.org');
    // Dots count outside Gmail: a.da and ada are two mailboxes at most providers.
    assert.equal(c('a.da@example.org'), 'a.da@example.org');
    assert.equal(c('a.da@outlook.com'), 'a.da@outlook.com');
    assert.equal(c('A.Da+petitions@GMail.com'), 'ada@gmail.com');
    assert.equal(c('a.d.a@googlemail.com'), 'ada@gmail.com');
    assert.equal(c('ada@gmail.com.'), 'ada@gmail.com', 'a trailing dot names the same domain');
    // Only the last @ separates the domain (a quoted local part may hold one).
    assert.equal(c('"a@b"+x@example.org'), '"a@b"@example.org');
  });

  test('MemoryAdapter: sub-addresses and Gmail dots are one signature, confirmed once', async () => {
    const root = new MemoryAdapter({ seed: { petitions: [petition] }, participantId: 'root' });
    const sign = (email: string, who: string) => root.asParticipant(who).signPetition('p', { name: 'Ada', email, consent: true });
    const receipts = [
      await sign('ada.l+1@gmail.com', 'a'),
      await sign('adal+2@gmail.com', 'b'),
      await sign('A.D.A.L@googlemail.com', 'c'),
    ];
    assert.deepEqual(
      receipts.map((r) => r.status),
      ['pending-confirmation', 'pending-confirmation', 'pending-confirmation'],
    );
    // Mail goes to each address as typed (lower-cased), never to the canonical form.
    assert.deepEqual(
      root.outbox.map((m) => m.to),
      ['ada.l+1@gmail.com', 'adal+2@gmail.com', 'a.d.a.l@googlemail.com'],
    );
    const tokens = new Set(root.outbox.map((m) => m.token));
    assert.equal(tokens.size, 1, 'every request gets the one signature’s link');
    for (const token of tokens) assert.ok(token && root.confirmSignature(token));
    assert.equal((await root.getPetition('p')).petition.signatureCount, 1);

    await sign('ADAL+3@gmail.com', 'd');
    assert.equal(root.outbox.at(-1)?.kind, 'already-signed');
    assert.equal((await root.getPetition('p')).petition.signatureCount, 1);
  });

  test('MemoryAdapter keeps the page where one signed without its query or fragment', async () => {
    const data = new Map<string, string>();
    const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
    const root = new MemoryAdapter({ seed: { petitions: [petition] }, participantId: 'root', persist: { key: 'k', storage } });
    await root.signPetition('p', {
      name: 'Ada',
      email: 'ada@example.org',
      consent: true,
      sourceUrl: 'https://city.example/trees?session=secret#sign',
    });
    const stored = data.get('k') ?? '';
    assert.match(stored, /"sourceUrl":"https:\/\/city.example\/trees"/);
    assert.doesNotMatch(stored, /secret/);
  });
});
