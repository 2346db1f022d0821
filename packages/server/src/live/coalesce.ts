/**
 * Coalesces bursts of updates per key: at most one `publish` every
 * `intervalMs` per key, always with the latest value, so a busy poll does not
 * flood its subscribers with one event per vote.
 */
export function createCoalescer<T>(publish: (key: string, value: T) => void, intervalMs: number) {
  const pending = new Map<string, { value: T; timer: ReturnType<typeof setTimeout> | null; last: number }>();
  return (key: string, value: T): void => {
    const entry = pending.get(key) ?? { value, timer: null, last: 0 };
    entry.value = value;
    pending.set(key, entry);
    if (entry.timer) return;
    const wait = Math.max(0, entry.last + intervalMs - Date.now());
    entry.timer = setTimeout(() => {
      entry.timer = null;
      entry.last = Date.now();
      publish(key, entry.value);
    }, wait);
    entry.timer.unref?.();
  };
}
