import type { Topic } from '@civic-widgets/core';
import type { NumberedEvent, Produce } from './hub.js';

/** One topic's throttle state on this instance. */
export interface LatestEntry {
  topic: Topic;
  produce: Produce;
  intervalMs: number;
  /** Something written here is not yet in a published event. */
  dirty: boolean;
  /** Written since the last attempt to publish started. */
  fresh: boolean;
  /** An attempt is queued or being written. */
  inFlight: boolean;
  /**
   * Deferred because another instance had just published: any event of the
   * topic with an id above this one was made afterwards, so it includes
   * everything this instance had written by then.
   */
  waitingFor: number | null;
  /** When this instance last saw the topic published (its own clock). */
  lastSeen: number;
  timer: ReturnType<typeof setTimeout> | null;
}

/**
 * Coalesces bursts of updates per topic across instances: the latest state of
 * a busy poll goes out at most once per interval in all, not once per interval
 * per instance, and always made fresh when it goes out, so the last one
 * published includes every vote before it.
 *
 * Each instance marks a topic dirty when it writes, and asks the bus to
 * publish at most once per interval after the topic was last seen published.
 * The bus decides in the publishing transaction (under its lock, by the
 * database's clock): if another instance published the topic within the
 * interval, the attempt is deferred; if that instance's event (or a later
 * one) then arrives, made after the deferral, this instance has nothing left
 * to publish.
 */
export class LatestThrottle {
  readonly #entries = new Map<Topic, LatestEntry>();
  #closed = false;

  constructor(private readonly attempt: (entry: LatestEntry) => void) {}

  /** Something changed on `topic`: its latest state is to be published. */
  touch(topic: Topic, produce: Produce, intervalMs: number): void {
    let entry = this.#entries.get(topic);
    if (!entry) {
      entry = {
        topic,
        produce,
        intervalMs,
        dirty: false,
        fresh: false,
        inFlight: false,
        waitingFor: null,
        lastSeen: 0,
        timer: null,
      };
      this.#entries.set(topic, entry);
    }
    entry.produce = produce;
    entry.intervalMs = intervalMs;
    entry.dirty = true;
    entry.fresh = true;
    this.#schedule(entry);
  }

  /** An event was delivered (from any instance). */
  seen(event: NumberedEvent): void {
    const entry = this.#entries.get(event.topic);
    if (!entry) return;
    entry.lastSeen = Date.now();
    if (entry.waitingFor !== null && event.id > entry.waitingFor && !entry.fresh && !entry.inFlight) {
      // Made after this instance's writes: they are in it.
      this.#settle(entry);
    }
  }

  /** The bus published the entry's latest state. */
  published(entry: LatestEntry): void {
    entry.inFlight = false;
    entry.waitingFor = null;
    entry.lastSeen = Date.now();
    if (entry.fresh) this.#schedule(entry);
    else this.#settle(entry);
  }

  /** Another instance published within the interval: try again in `retryInMs` unless its event settles it. */
  deferred(entry: LatestEntry, maxId: number, retryInMs: number): void {
    entry.inFlight = false;
    entry.waitingFor = maxId;
    entry.lastSeen = Date.now() - entry.intervalMs + Math.max(0, retryInMs);
    this.#schedule(entry);
  }

  /** The attempt failed (the database): try again after an interval. */
  failed(entry: LatestEntry): void {
    entry.inFlight = false;
    entry.lastSeen = Date.now();
    this.#schedule(entry);
  }

  close(): void {
    this.#closed = true;
    for (const entry of this.#entries.values()) if (entry.timer) clearTimeout(entry.timer);
    this.#entries.clear();
  }

  #settle(entry: LatestEntry): void {
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = null;
    entry.dirty = false;
    entry.waitingFor = null;
  }

  #schedule(entry: LatestEntry): void {
    if (this.#closed || entry.timer || entry.inFlight || !entry.dirty) return;
    const wait = Math.max(0, entry.lastSeen + entry.intervalMs - Date.now());
    entry.timer = setTimeout(() => {
      entry.timer = null;
      entry.inFlight = true;
      entry.fresh = false;
      this.attempt(entry);
    }, wait);
    entry.timer.unref?.();
  }
}
