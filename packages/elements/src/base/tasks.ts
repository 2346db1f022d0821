/**
 * Resolves in a new task. Work split across tasks lets the browser paint and
 * answer input in between, so no single task runs long on a slow phone.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}
