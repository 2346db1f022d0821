import type { ShellMessageKey } from './en.js';

/** Draft translation, to be reviewed. */
export const fr: Record<ShellMessageKey, string> = {} as never;
