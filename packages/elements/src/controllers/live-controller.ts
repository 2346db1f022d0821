import type { Adapter, LiveEvent, Topic } from '@civic-widgets/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps a widget subscribed to its live topics while it is on the page and
 * has data: re-subscribes when the adapter or topics change, unsubscribes on
 * removal. Adapters without `subscribe` simply give no live updates.
 */
export class LiveController implements ReactiveController {
  #key = '';
  #adapter: Adapter | null = null;
  #unsubscribe: (() => void) | null = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly source: () => { adapter: Adapter | null; topics: readonly Topic[] },
    private readonly onEvent: (event: LiveEvent) => void,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const { adapter, topics } = this.source();
    const key = topics.join(',');
    if (adapter === this.#adapter && key === this.#key) return;
    this.#stop();
    this.#adapter = adapter;
    this.#key = key;
    if (adapter?.subscribe && topics.length > 0) {
      this.#unsubscribe = adapter.subscribe(topics, (event) => this.onEvent(event));
    }
  }

  hostDisconnected(): void {
    this.#stop();
    this.#adapter = null;
    this.#key = '';
  }

  #stop(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = null;
  }
}
