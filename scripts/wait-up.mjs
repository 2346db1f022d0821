// Shared by the benchmarks: waits until a server started as a child process answers.

/** Resolves when `${base}/api/v1/health` answers 200; throws after about 10 s. */
export async function waitUp(base) {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${base}/api/v1/health`)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('server did not start');
}
