import { afterEach, beforeEach, describe, mock, test } from 'node:test';
import assert from 'node:assert/strict';
import { type LatestEntry, LatestThrottle } from './coalesce.js';

/*
 * The throttle decides when to try; the bus (tested end to end in
 * cluster.test.ts) answers each try with published() or deferred().
 */
describe('Live results throttle', () => {
  beforeEach(() => mock.timers.enable({ apis: ['setTimeout', 'Date'], now: 1_000_000 }));
  afterEach(() => mock.timers.reset());

  const produce = async () => null;
  const setup = () => {
    const tries: LatestEntry[] = [];
    const throttle = new LatestThrottle((entry) => tries.push(entry));
    return { tries, throttle };
  };

  test('a burst is tried once, at once, then at most every interval', () => {
    const { tries, throttle } = setup();
    throttle.touch('poll:a', produce, 250);
    mock.timers.tick(0);
    assert.equal(tries.length, 1, 'the first update is not delayed');
    throttle.touch('poll:a', produce, 250);
    throttle.touch('poll:a', produce, 250);
    mock.timers.tick(100);
    assert.equal(tries.length, 1, 'nothing while a try is under way');
    throttle.published(tries[0]!);
    mock.timers.tick(249);
    assert.equal(tries.length, 1, 'nothing more within the interval');
    mock.timers.tick(1);
    assert.equal(tries.length, 2, 'then one try for everything written meanwhile');
    throttle.published(tries[1]!);
    mock.timers.tick(1_000);
    assert.equal(tries.length, 2, 'no try without an update');
  });

  test('deferred because another instance published: a later event of that topic settles it', () => {
    const { tries, throttle } = setup();
    throttle.touch('poll:a', produce, 250);
    mock.timers.tick(0);
    throttle.deferred(tries[0]!, 41, 100);
    throttle.seen({ id: 41, topic: 'poll:a', data: '{}' });
    mock.timers.tick(99);
    assert.equal(tries.length, 1);
    // Numbered after the deferral: made afterwards, with this instance's writes in it.
    throttle.seen({ id: 42, topic: 'poll:a', data: '{}' });
    mock.timers.tick(1_000);
    assert.equal(tries.length, 1, 'nothing left to publish');
  });

  test('deferred, then written again: tried again after the wait', () => {
    const { tries, throttle } = setup();
    throttle.touch('poll:a', produce, 250);
    mock.timers.tick(0);
    throttle.deferred(tries[0]!, 41, 100);
    throttle.touch('poll:a', produce, 250);
    throttle.seen({ id: 42, topic: 'poll:a', data: '{}' });
    mock.timers.tick(300);
    assert.equal(tries.length, 2, 'a write after the deferral may not be in event 42');
  });

  test('events of other topics settle nothing; topics are throttled apart', () => {
    const { tries, throttle } = setup();
    throttle.touch('poll:a', produce, 250);
    throttle.touch('poll:b', produce, 250);
    mock.timers.tick(0);
    assert.deepEqual(
      tries.map((t) => t.topic),
      ['poll:a', 'poll:b'],
    );
    throttle.deferred(tries[0]!, 10, 50);
    throttle.seen({ id: 11, topic: 'poll:b', data: '{}' });
    mock.timers.tick(50);
    assert.equal(tries.length, 3);
    assert.equal(tries[2]!.topic, 'poll:a');
  });
});
