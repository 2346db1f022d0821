import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type ResourceStatus = 'initial' | 'pending' | 'complete' | 'error';

export interface ResourceRenderers<T, R> {
  initial?: () => R;
  pending?: () => R;
  complete: (value: T) => R;
  error?: (error: unknown) => R;
}

export interface ResourceOptions<T, A extends readonly unknown[]> {
  /** Loads the data; must honour `signal`. */
  task: (args: A, signal: AbortSignal) => Promise<T>;
  /** The inputs; the task re-runs when any changes (compared with `Object.is`). */
  args: () => A;
  /** Skip running while the inputs are incomplete (e.g. no id yet). */
  enabled?: (args: A) => boolean;
  /** When loaded data replaces the loading view; not after a `reload` of data already shown. */
  onComplete?: (value: T) => void;
  onError?: (error: unknown) => void;
}

/**
 * Async data for a widget, modelled on `@lit/task`: one state machine
 * (initial → pending → complete | error) that every widget renders the same
 * way. A new run aborts the previous one, so a stale answer never overwrites
 * a fresh one; `reload` refreshes in the background without a loading flash
 * (for live updates); `retry` re-runs after an error.
 */
export class ResourceController<T, A extends readonly unknown[] = readonly unknown[]> implements ReactiveController {
  status: ResourceStatus = 'initial';
  value: T | undefined;
  error: unknown;
  #args: A | undefined;
  #controller: AbortController | null = null;
  #run = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ResourceOptions<T, A>,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const args = this.options.args();
    if (this.#args && args.length === this.#args.length && args.every((a, i) => Object.is(a, this.#args?.[i]))) return;
    this.#args = args;
    if (this.options.enabled && !this.options.enabled(args)) {
      this.abort();
      this.status = 'initial';
      this.value = undefined;
      return;
    }
    void this.run();
  }

  hostDisconnected(): void {
    this.abort();
    // Forget the inputs so reconnecting (moving the element) loads again.
    this.#args = undefined;
  }

  /**
   * Runs the task now; with `background`, keeps showing what is shown until
   * the answer arrives: the data (a refresh), or the error (a retry behind it).
   */
  async run(background = false): Promise<void> {
    const args = this.#args ?? this.options.args();
    this.abort();
    const controller = new AbortController();
    this.#controller = controller;
    const run = ++this.#run;
    // A refresh keeps the data on screen: no loading view, no `civic-load`.
    const refresh = background && this.status === 'complete';
    if (!refresh && !(background && this.status === 'error')) {
      this.status = 'pending';
      this.host.requestUpdate();
    }
    let value: T;
    try {
      value = await this.options.task(args, controller.signal);
    } catch (error) {
      // Stale (a newer run, or aborted: `abort()` counts a run), or a failed
      // refresh: keep what is shown; the next update will try again.
      if (run !== this.#run || refresh) return;
      this.status = 'error';
      this.error = error;
      this.host.requestUpdate();
      this.options.onError?.(error);
      return;
    } finally {
      if (this.#controller === controller) this.#controller = null;
    }
    if (run !== this.#run) return;
    this.set(value);
    // Outside the task's try, as in lit's Task: a throwing callback never turns loaded data into the error view.
    if (!refresh) this.options.onComplete?.(value);
  }

  /** Refreshes without a loading state (live updates). */
  reload(): Promise<void> {
    return this.run(true);
  }

  /** Re-runs after an error, showing the loading state. */
  retry(): Promise<void> {
    return this.run();
  }

  /** Replaces the value, e.g. with the answer of a successful action. */
  set(value: T): void {
    this.status = 'complete';
    this.value = value;
    this.error = undefined;
    this.host.requestUpdate();
  }

  abort(): void {
    this.#run++;
    this.#controller?.abort();
    this.#controller = null;
  }

  render<R>(renderers: ResourceRenderers<T, R>): R | undefined {
    switch (this.status) {
      case 'initial':
        return renderers.initial?.();
      case 'pending':
        return renderers.pending?.();
      case 'complete':
        return renderers.complete(this.value as T);
      case 'error':
        return renderers.error?.(this.error);
    }
  }
}
