import type { ShellMessageKey } from './en.js';

/** Draft translation, to be reviewed. */
export const es: Record<ShellMessageKey, string> = {} as never;
