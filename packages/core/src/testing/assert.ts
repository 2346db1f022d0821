import { CivicError } from '../errors.js';

/** Minimal assertions so the suite runs under any test runner, in Node or a browser. */
export class ConformanceFailure extends Error {
  override name = 'ConformanceFailure';
}

export function ok(value: unknown, message: string): asserts value {
  if (!value) throw new ConformanceFailure(message);
}

export function equal<T>(actual: T, expected: T, message: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new ConformanceFailure(`${message}: expected ${e}, got ${a}`);
}

/** Awaits `promise` and checks it rejects with a CivicError of `code`. */
export async function rejectsWith(promise: Promise<unknown>, code: string, message: string): Promise<CivicError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CivicError && error.code === code) return error;
    const got = error instanceof CivicError ? `CivicError(${error.code}): ${error.message}` : String(error);
    throw new ConformanceFailure(`${message}: expected a "${code}" error, got ${got}`);
  }
  throw new ConformanceFailure(`${message}: expected a "${code}" error, but it succeeded`);
}

/** Waits until `check` passes or the time runs out (live updates arrive asynchronously). */
export async function eventually(check: () => boolean, message: string, timeoutMs = 3000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new ConformanceFailure(message);
    await new Promise((r) => setTimeout(r, 10));
  }
}
