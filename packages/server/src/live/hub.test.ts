import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Topic } from '@civic-widgets/core';
import { type EventSink, LiveHub, type NumberedEvent } from './hub.js';

/** A bus stand-in: `since` answers from `stored` after `delay` (the database). */
function sink(stored: NumberedEvent[], delay: Promise<void>): EventSink {
  return {
    publish: () => undefined,
    publishLatest: () => undefined,
    async since(afterId, topics, limit) {
      await delay;
      return stored.filter((e) => e.id > afterId && topics.includes(e.topic)).slice(-limit);
    },
  };
}

const event = (id: number, topic: Topic = 'service:stars'): NumberedEvent => ({ id, topic, data: `{"n":${id}}` });

test('fan-out goes to the clients of the event’s topic only, each frame serialised once', () => {
  const hub = new LiveHub();
  hub.startAt(0);
  const frames: string[][] = [[], [], []];
  hub.add({ topics: new Set(['service:stars']), send: (_id, frame) => frames[0]!.push(frame) });
  hub.add({ topics: new Set(['service:csat', 'service:stars']), send: (_id, frame) => frames[1]!.push(frame) });
  hub.add({ topics: new Set(['poll:other']), send: (_id, frame) => frames[2]!.push(frame) });
  hub.deliver(event(1));
  hub.deliver(event(2, 'service:csat'));
  hub.deliver(event(2)); // already seen: ignored
  assert.deepEqual(frames[0], ['id: 1\ndata: {"n":1}\n\n']);
  assert.equal(frames[1]!.length, 2);
  assert.equal(frames[0]![0], frames[1]![0]);
  assert.deepEqual(frames[2], []);
});

test('a client further behind than memory gets the missed events from the database, then live ones, each once', async () => {
  const hub = new LiveHub(2);
  hub.startAt(0);
  const stored = [1, 2, 3, 4, 5].map((id) => event(id));
  let answer!: () => void;
  hub.attach(sink(stored, new Promise<void>((r) => (answer = r))));
  for (const e of stored) hub.deliver(e);
  const got: { id: number; replay: boolean }[] = [];
  hub.add({ topics: new Set(['service:stars']), send: (id, _frame, replay) => got.push({ id, replay: Boolean(replay) }) }, 1);
  // Published while the database is being read: it waits, and is sent once.
  stored.push(event(6));
  hub.deliver(event(6));
  assert.deepEqual(got, []);
  answer();
  await new Promise((r) => setImmediate(r));
  hub.deliver(event(7));
  assert.deepEqual(
    got.map((g) => g.id),
    [2, 3, 4, 5, 6, 7],
  );
  assert.deepEqual(
    got.map((g) => g.replay),
    [true, true, true, true, true, false],
  );
});

test('a client within memory is replayed from it at once', () => {
  const hub = new LiveHub(10);
  hub.startAt(0);
  hub.attach(sink([], new Promise(() => undefined)));
  for (let id = 1; id <= 4; id++) hub.deliver(event(id));
  const got: number[] = [];
  hub.add({ topics: new Set(['service:stars']), send: (id) => got.push(id) }, 2);
  assert.deepEqual(got, [3, 4]);
});

test('a large audience is served in slices, each client in order, the server free in between', async () => {
  const hub = new LiveHub();
  hub.startAt(0);
  const got = Array.from({ length: 1200 }, () => [] as number[]);
  got.forEach((list) => hub.add({ topics: new Set(['poll:big']), send: (id) => list.push(id) }));
  hub.deliver(event(1, 'poll:big'));
  hub.deliver(event(2, 'poll:big'));
  assert.ok(got.filter((l) => l.length > 0).length < 1200, 'not all in one turn');
  for (let turn = 0; turn < 10; turn++) await new Promise((r) => setImmediate(r));
  assert.ok(got.every((l) => l.join() === '1,2'));
});

test('the audience of a topic counts the clients following it, and drops those gone', () => {
  const hub = new LiveHub();
  hub.startAt(0);
  const removes = Array.from({ length: 3 }, () =>
    hub.add({ topics: new Set<Topic>(['poll:busy', 'poll:other']), send: () => undefined }),
  );
  hub.add({ topics: new Set<Topic>(['poll:other']), send: () => undefined });
  assert.equal(hub.audience('poll:busy'), 3);
  assert.equal(hub.audience('poll:other'), 4);
  removes[0]!();
  assert.equal(hub.audience('poll:busy'), 2);
  assert.equal(hub.audience('poll:none'), 0);
});
