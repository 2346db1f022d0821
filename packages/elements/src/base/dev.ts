/** Console messages, always prefixed so site owners can tell where they come from. */
const said = new Set<string>();

/** Warns once per distinct message. */
export function warn(message: string): void {
  if (said.has(message)) return;
  said.add(message);
  console.warn(`[civic] ${message}`);
}

/** Forgets which warnings were given (tests). */
export function resetWarnings(): void {
  said.clear();
}
