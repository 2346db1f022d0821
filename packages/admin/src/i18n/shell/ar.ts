import type { ShellMessageKey } from './en.js';

/** Draft translation, to be reviewed. */
export const ar: Record<ShellMessageKey, string> = {} as never;
