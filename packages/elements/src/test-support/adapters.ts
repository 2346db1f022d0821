import type { MemoryAdapter } from '@civic-widgets/core';

/** The adapter with some methods replaced; everything else still runs on the real one. */
export function override<T extends MemoryAdapter>(
  adapter: T,
  methods: Partial<Record<keyof T, (...args: never[]) => unknown>>,
): T {
  return new Proxy(adapter, {
    get(target, name, receiver) {
      if (name in methods) return methods[name as keyof T];
      const value = Reflect.get(target, name, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
