import { type LiveEvent, type Topic, topicOf } from '@civic-widgets/core';
import type { Db } from '../db/schema.js';

export interface HubClient {
  topics: ReadonlySet<Topic>;
  /**
   * One Server-Sent Events frame, the same string for every client of the event
   * (serialised once); `replay` when it was missed and is sent on (re)connecting.
   */
  send(id: number, frame: string, replay?: boolean): void;
}

/** An event as numbered by the database. */
export interface NumberedEvent {
  id: number;
  topic: Topic;
  /** The event's JSON, as stored. */
  data: string;
}

/** Makes a fresh event at publish time (inside the publishing transaction), or none. */
export type Produce = (db: Db) => Promise<LiveEvent | null>;

/** Where events go to be numbered and shared with every instance (see bus.ts). */
export interface EventSink {
  publish(event: LiveEvent): void;
  publishLatest(topic: Topic, produce: Produce, intervalMs: number): void;
  /** Stored events on `topics` after `afterId`, oldest first (at most `limit`, the most recent ones). */
  since(afterId: number, topics: readonly Topic[], limit: number): Promise<NumberedEvent[]>;
}

/**
 * Sends to this many clients at most in one turn of the event loop: an event
 * for ten thousand viewers goes out in slices, with requests answered between
 * them, instead of holding the server for the whole fan-out.
 */
const FANOUT_SLICE = 500;

/** The SSE frame of an event. */
export const frameOf = (id: number, data: string) => `id: ${id}\ndata: ${data}\n\n`;

/**
 * This instance's side of live updates. Events are numbered by the database
 * and reach every instance in id order (see bus.ts); the hub fans each one
 * out to the clients of its topic only (clients are indexed by topic, so an
 * event costs its own subscribers, not a scan of every client), and keeps the
 * most recent ones so a client reconnecting with `Last-Event-ID` — to this
 * instance or another — gets exactly what it missed: from memory when the
 * memory reaches back that far, otherwise from the database.
 */
export class LiveHub {
  readonly #byTopic = new Map<Topic, Set<HubClient>>();
  readonly #clients = new Set<HubClient>();
  readonly #recent: NumberedEvent[] = [];
  readonly #frames: string[] = [];
  readonly #observers = new Set<(event: NumberedEvent) => void>();
  /** Fan-outs under way, oldest first: events go out in order, in slices (see FANOUT_SLICE). */
  readonly #fanouts: { id: number; frame: string; clients: HubClient[]; next: number }[] = [];
  #pumping = false;
  #sink: EventSink | null = null;
  /** The last id delivered. */
  #lastId = 0;
  /** Every event after this id is in `#recent` (or was, before it filled up): replays above it need no database. */
  #coveredFrom = Number.POSITIVE_INFINITY;

  constructor(
    /** Events kept in memory for replays. */
    private readonly keep = 5000,
    /** Most events replayed from the database to one client (the most recent; a client further behind refetches). */
    private readonly replayLimit = 5000,
  ) {}

  /** Connects the hub to its bus. */
  attach(sink: EventSink): void {
    this.#sink = sink;
  }

  get size(): number {
    return this.#clients.size;
  }

  /** How many clients of this instance follow `topic`. */
  audience(topic: Topic): number {
    return this.#byTopic.get(topic)?.size ?? 0;
  }

  /** The last event id this instance has seen. */
  get lastId(): number {
    return this.#lastId;
  }

  /** Sends `event` to every instance's subscribers, once the database has numbered it. */
  publish(event: LiveEvent): void {
    this.#need().publish(event);
  }

  /**
   * Publishes the latest state of `topic` at most once every `intervalMs`
   * across all instances, made fresh by `produce` when it goes out. A topic
   * published this way gets no other events.
   */
  publishLatest(topic: Topic, produce: Produce, intervalMs: number): void {
    this.#need().publishLatest(topic, produce, intervalMs);
  }

  /** Called (by the bus) once, when it starts listening: every event after `id` will be delivered. */
  startAt(id: number): void {
    this.#lastId = Math.max(this.#lastId, id);
    if (this.#coveredFrom === Number.POSITIVE_INFINITY) this.#coveredFrom = this.#lastId;
  }

  /** Called (by the bus) with each event, in increasing id order; ids already seen are ignored. */
  deliver(event: NumberedEvent): void {
    if (event.id <= this.#lastId) return;
    this.#lastId = event.id;
    const frame = frameOf(event.id, event.data);
    this.#recent.push(event);
    this.#frames.push(frame);
    if (this.#recent.length > this.keep) {
      this.#coveredFrom = this.#recent.shift()!.id;
      this.#frames.shift();
    }
    const clients = this.#byTopic.get(event.topic);
    if (clients) {
      if (clients.size <= FANOUT_SLICE && this.#fanouts.length === 0) {
        for (const client of clients) this.#send(client, event.id, frame);
      } else {
        this.#fanouts.push({ id: event.id, frame, clients: [...clients], next: 0 });
        this.#pump();
      }
    }
    for (const observe of this.#observers) observe(event);
  }

  #pump(): void {
    if (this.#pumping) return;
    this.#pumping = true;
    let budget = FANOUT_SLICE;
    while (budget > 0 && this.#fanouts.length > 0) {
      const fanout = this.#fanouts[0]!;
      const end = Math.min(fanout.clients.length, fanout.next + budget);
      for (let i = fanout.next; i < end; i++) {
        const client = fanout.clients[i]!;
        // Gone since the event arrived: nothing to send.
        if (this.#clients.has(client)) this.#send(client, fanout.id, fanout.frame);
      }
      budget -= end - fanout.next;
      fanout.next = end;
      if (end === fanout.clients.length) this.#fanouts.shift();
    }
    this.#pumping = false;
    if (this.#fanouts.length > 0) {
      this.#pumping = true;
      setImmediate(() => {
        this.#pumping = false;
        this.#pump();
      });
    }
  }

  /** Calls `observe` with every event delivered (the bus's cross-instance throttle). */
  observe(observe: (event: NumberedEvent) => void): void {
    this.#observers.add(observe);
  }

  /**
   * Adds a client; replays events after `lastEventId` on its topics (from
   * memory, or from the database when memory does not reach back that far:
   * live events arriving meanwhile wait, and none is sent twice). Returns the
   * removal function.
   */
  add(client: HubClient, lastEventId?: number): () => void {
    let removed = false;
    const remove = () => {
      removed = true;
      this.#remove(client);
    };
    if (lastEventId === undefined || lastEventId >= this.#coveredFrom) {
      if (lastEventId !== undefined) {
        for (let i = 0; i < this.#recent.length; i++) {
          const event = this.#recent[i]!;
          if (event.id > lastEventId && client.topics.has(event.topic)) this.#send(client, event.id, this.#frames[i]!, true);
        }
      }
      this.#subscribe(client);
      return remove;
    }
    // From the database: subscribe at once through a buffer, so nothing published meanwhile is lost.
    const waiting: { id: number; frame: string }[] = [];
    const buffered: HubClient = { topics: client.topics, send: (id, frame) => void waiting.push({ id, frame }) };
    this.#subscribe(buffered);
    const swap = () => {
      this.#remove(buffered);
      if (!removed) this.#subscribe(client);
    };
    void this.#need()
      .since(lastEventId, [...client.topics], this.replayLimit)
      .then(
        (events) => {
          if (removed) return swap();
          let sent = lastEventId;
          for (const event of events) {
            this.#send(client, event.id, frameOf(event.id, event.data), true);
            sent = event.id;
          }
          for (const { id, frame } of waiting) if (id > sent) this.#send(client, id, frame, true);
          swap();
        },
        // The database could not answer: the client still gets what comes next.
        () => {
          for (const { id, frame } of waiting) this.#send(client, id, frame, true);
          swap();
        },
      );
    return remove;
  }

  #subscribe(client: HubClient): void {
    this.#clients.add(client);
    for (const topic of client.topics) {
      let set = this.#byTopic.get(topic);
      if (!set) this.#byTopic.set(topic, (set = new Set()));
      set.add(client);
    }
  }

  #remove(client: HubClient): void {
    if (!this.#clients.delete(client)) return;
    for (const topic of client.topics) {
      const set = this.#byTopic.get(topic);
      if (!set) continue;
      set.delete(client);
      if (set.size === 0) this.#byTopic.delete(topic);
    }
  }

  /** One client failing (its connection gone wrong) never keeps an event from the others: it is dropped. */
  #send(client: HubClient, id: number, frame: string, replay = false): void {
    try {
      client.send(id, frame, replay);
    } catch {
      this.#remove(client);
    }
  }

  #need(): EventSink {
    if (!this.#sink) throw new Error('LiveHub: no bus attached');
    return this.#sink;
  }
}

/** The topic of an event (re-exported for the bus). */
export { topicOf };
