import type { LiveListener } from '../adapter.js';
import type { LiveEvent } from '../schemas/live.js';
import { type Topic, topicOf } from '../topics.js';
import { schemas } from './lazy-schemas.js';
import { type RetryPolicy, backoffDelay } from './http.js';

export interface LiveStreamOptions {
  /** Full URL of the stream endpoint, e.g. `https://example.gov/api/v1/stream`. */
  url: string;
  fetch: typeof fetch;
  /** Delays between reconnection attempts. */
  reconnect: RetryPolicy;
  /** Called with events that fail validation, for diagnostics. */
  onInvalid?: (data: string) => void;
}

/**
 * Server-Sent Events over `fetch`, multiplexing every subscribed topic on one
 * connection per endpoint. Unlike `EventSource` it works with an injected
 * `fetch` (tests, custom auth), and it reconnects with backoff and
 * `Last-Event-ID` so no event is missed across a dropped connection.
 */
export class LiveStream {
  readonly #listeners = new Map<Topic, Set<LiveListener>>();
  #controller: AbortController | null = null;
  #lastEventId: string | null = null;
  #failures = 0;
  #pending: ReturnType<typeof setTimeout> | null = null;
  #connectedTopics = '';

  constructor(readonly options: LiveStreamOptions) {}

  /** Subscribes `listener` to `topics`; the returned function unsubscribes. */
  add(topics: readonly Topic[], listener: LiveListener): () => void {
    for (const topic of topics) {
      let set = this.#listeners.get(topic);
      if (!set) this.#listeners.set(topic, (set = new Set()));
      set.add(listener);
    }
    this.#schedule(0);
    return () => {
      for (const topic of topics) {
        const set = this.#listeners.get(topic);
        set?.delete(listener);
        if (set?.size === 0) this.#listeners.delete(topic);
      }
      this.#schedule(0);
    };
  }

  /** Closes the connection and forgets every listener. */
  close(): void {
    this.#listeners.clear();
    this.#stop();
  }

  /** (Re)connects soon with the current topic set; several changes in one tick connect once. */
  #schedule(delay: number): void {
    if (this.#pending) clearTimeout(this.#pending);
    this.#pending = setTimeout(() => {
      this.#pending = null;
      const topics = [...this.#listeners.keys()].sort().join(',');
      if (!topics) return this.#stop();
      if (topics === this.#connectedTopics && this.#controller) return;
      void this.#connect(topics);
    }, delay);
  }

  #stop(): void {
    if (this.#pending) clearTimeout(this.#pending);
    this.#pending = null;
    this.#controller?.abort();
    this.#controller = null;
    this.#connectedTopics = '';
  }

  async #connect(topics: string): Promise<void> {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    this.#connectedTopics = topics;
    let retryMs: number | null = null;
    // Loaded on first subscription: pages without live updates never pay for them.
    const [{ LiveEvent: schema }, { createParser }] = await Promise.all([schemas.live(), import('eventsource-parser')]);
    const parser = createParser({
      onEvent: (message) => {
        if (message.id !== undefined) this.#lastEventId = message.id;
        this.#failures = 0;
        this.#dispatch(schema, message.data);
      },
      onRetry: (ms) => {
        retryMs = ms;
      },
    });
    try {
      const headers: Record<string, string> = { accept: 'text/event-stream' };
      if (this.#lastEventId !== null) headers['last-event-id'] = this.#lastEventId;
      const url = `${this.options.url}?topics=${encodeURIComponent(topics)}`;
      const response = await this.options.fetch(url, { headers, signal: controller.signal, cache: 'no-store' });
      if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parser.feed(value);
      }
    } catch {
      // dropped or refused: reconnect below unless we closed it ourselves
    }
    if (controller.signal.aborted || this.#controller !== controller) return;
    this.#controller = null;
    this.#connectedTopics = '';
    const delay = retryMs ?? backoffDelay(this.#failures, this.options.reconnect);
    this.#failures += 1;
    this.#schedule(delay);
  }

  #dispatch(schema: typeof LiveEvent, data: string): void {
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      this.options.onInvalid?.(data);
      return;
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      this.options.onInvalid?.(data);
      return;
    }
    const event = parsed.data;
    for (const listener of [...(this.#listeners.get(topicOf(event)) ?? [])]) {
      try {
        listener(event);
      } catch {
        // a failing listener must not stop the others
      }
    }
  }
}
