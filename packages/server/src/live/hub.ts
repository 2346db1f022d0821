import { type LiveEvent, type Topic, topicOf } from '@civic-widgets/core';

export interface HubClient {
  topics: ReadonlySet<Topic>;
  send(id: number, event: LiveEvent): void;
}

/**
 * In-process publish/subscribe for Server-Sent Events. Keeps the last events
 * so a client reconnecting with `Last-Event-ID` gets what it missed.
 * (Several server instances behind one database would need a shared bus such
 * as PostgreSQL LISTEN/NOTIFY; one instance per database is the supported set-up.)
 */
export class LiveHub {
  readonly #clients = new Set<HubClient>();
  readonly #recent: { id: number; event: LiveEvent }[] = [];
  #nextId = 1;

  constructor(private readonly keep = 1000) {}

  get size(): number {
    return this.#clients.size;
  }

  publish(event: LiveEvent): void {
    const id = this.#nextId++;
    this.#recent.push({ id, event });
    if (this.#recent.length > this.keep) this.#recent.shift();
    const topic = topicOf(event);
    for (const client of this.#clients) if (client.topics.has(topic)) this.#send(client, id, event);
  }

  /** Adds a client; replays events after `lastEventId` on its topics. Returns the removal function. */
  add(client: HubClient, lastEventId?: number): () => void {
    if (lastEventId !== undefined) {
      for (const { id, event } of this.#recent)
        if (id > lastEventId && client.topics.has(topicOf(event))) this.#send(client, id, event);
    }
    this.#clients.add(client);
    return () => this.#clients.delete(client);
  }

  /** One client failing (its connection gone wrong) never keeps an event from the others: it is dropped. */
  #send(client: HubClient, id: number, event: LiveEvent): void {
    try {
      client.send(id, event);
    } catch {
      this.#clients.delete(client);
    }
  }
}
