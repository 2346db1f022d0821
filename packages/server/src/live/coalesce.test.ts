import { afterEach, beforeEach, describe, mock, test } from 'node:test';
import assert from 'node:assert/strict';
import { createCoalescer } from './coalesce.js';

describe('Live results throttle', () => {
  beforeEach(() => mock.timers.enable({ apis: ['setTimeout', 'Date'], now: 1_000_000 }));
  afterEach(() => mock.timers.reset());

  test('a burst goes out once, at once, then at most every interval with the latest value', () => {
    const sent: [string, number][] = [];
    const announce = createCoalescer<number>((key, value) => sent.push([key, value]), 250);
    announce('poll-a', 1);
    mock.timers.tick(0);
    assert.deepEqual(sent, [['poll-a', 1]], 'the first update is not delayed');
    announce('poll-a', 2);
    announce('poll-a', 3);
    mock.timers.tick(249);
    assert.equal(sent.length, 1, 'nothing more within the interval');
    mock.timers.tick(1);
    assert.deepEqual(sent.at(-1), ['poll-a', 3], 'then one event with the latest value');
    assert.equal(sent.length, 2);
    mock.timers.tick(1_000);
    assert.equal(sent.length, 2, 'no event without an update');
  });

  test('keys are throttled separately', () => {
    const sent: string[] = [];
    const announce = createCoalescer<number>((key) => sent.push(key), 250);
    announce('poll-a', 1);
    announce('poll-b', 1);
    mock.timers.tick(0);
    assert.deepEqual(sent, ['poll-a', 'poll-b']);
  });
});
