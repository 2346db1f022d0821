import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
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
