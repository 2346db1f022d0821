import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { conformanceFixture } from '@civic-widgets/core/testing';
import { type TestServer, participant, startTestServer } from './test-support/server.js';

/** Reads a raw SSE response until `until` matches the text received so far. */
async function readStream(res: Response, until: (text: string) => boolean, timeoutMs = 5000): Promise<string> {
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  const deadline = Date.now() + timeoutMs;
  // One read in flight at a time: a read abandoned by the timeout race would swallow its chunk.
  let pending = reader.read();
  while (!until(text) && Date.now() < deadline) {
    const tick = new Promise<'tick'>((r) => setTimeout(() => r('tick'), 200));
    const result = await Promise.race([pending, tick]);
    if (result === 'tick') continue;
    if (result.done) break;
    text += result.value;
    pending = reader.read();
  }
  await reader.cancel();
  return text;
}

describe('Live updates (SSE)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer('sqlite::memory:', conformanceFixture());
  });
  after(() => server.close());

  test('streams events for subscribed topics, with ids, heartbeats and retry advice', async () => {
    const controller = new AbortController();
    const res = await fetch(`${server.api}/stream?topics=service:stars`, { signal: controller.signal });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/event-stream/);
    setTimeout(() => void participant(server, 'sse-rater').rate('stars', { score: 5 }), 100);
    const text = await readStream(res, (t) => t.includes('service.aggregate') && t.includes(': ping'));
    controller.abort();
    assert.match(text, /^retry: 3000/m);
    assert.match(text, /^id: \d+$/m);
    const data = text.split('\n').find((l) => l.startsWith('data: '));
    const event = JSON.parse(data!.slice(6)) as { type: string; serviceId: string; aggregate: { count: number } };
    assert.deepEqual([event.type, event.serviceId, event.aggregate.count], ['service.aggregate', 'stars', 1]);
    assert.match(text, /^: ping$/m, 'heartbeat');
  });

  test('replays missed events after Last-Event-ID and forgets clients that leave', async () => {
    await participant(server, 'sse-a').rate('csat', { score: 2 });
    await participant(server, 'sse-b').rate('csat', { score: 4 });
    const controller = new AbortController();
    const res = await fetch(`${server.api}/stream?topics=service:csat`, {
      headers: { 'last-event-id': '0' },
      signal: controller.signal,
    });
    const text = await readStream(res, (t) => (t.match(/service\.aggregate/g) ?? []).length >= 2);
    assert.equal((text.match(/"serviceId":"csat"/g) ?? []).length, 2, 'both missed events replayed');
    assert.ok(server.ctx.hub.size >= 1);
    controller.abort();
    for (let i = 0; i < 50 && server.ctx.hub.size > 0; i++) await new Promise((r) => setTimeout(r, 20));
    assert.equal(server.ctx.hub.size, 0, 'disconnected clients are removed');
  });
});

describe('Live event ids across a restart (SQLite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'civic-stream-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('ids come from the database: they keep increasing after a restart, and a client resumes across it', async () => {
    const url = `sqlite:${join(dir, 'civic.db')}`;
    const first = await startTestServer(url, conformanceFixture());
    const stored = async (n: number) => {
      // Numbered just after each rating's commit.
      for (let i = 0; i < 100; i++, await new Promise((r) => setTimeout(r, 20))) {
        const rows = await first.ctx.db.selectFrom('live_events').select('id').orderBy('id').execute();
        if (rows.length >= n) return rows.map((r) => Number(r.id));
      }
      throw new Error(`${n} events not stored`);
    };
    await participant(first, 'seen-before').rate('stars', { score: 4 });
    const [seen] = await stored(1);
    // Missed by a client that saw the first event, then the server restarts.
    await participant(first, 'missed').rate('stars', { score: 2 });
    const [, missed] = await stored(2);
    await first.close();

    const second = await startTestServer(url);
    try {
      const res = await fetch(`${second.api}/stream?topics=service:stars`, { headers: { 'last-event-id': String(seen) } });
      setTimeout(() => void participant(second, 'after-restart').rate('stars', { score: 5 }), 100);
      const text = await readStream(res, (t) => (t.match(/"serviceId":"stars"/g) ?? []).length >= 2);
      const ids = [...text.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]));
      assert.equal(ids[0], missed, 'the event missed across the restart, read from the database');
      assert.equal(ids.length, 2);
      assert.ok(ids[1]! > missed!, 'numbering goes on after the restart');
    } finally {
      await second.close();
    }
  });
});
