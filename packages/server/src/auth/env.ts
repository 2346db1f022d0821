/**
 * A feature turned on by one variable (`main`) refuses its other variables
 * without it: a half-configured feature would otherwise be silently off.
 */
export function refuseStrays(env: NodeJS.ProcessEnv, prefix: string, main: string): void {
  const stray = Object.keys(env).filter((k) => k.startsWith(prefix) && env[k]?.trim());
  if (stray.length)
    throw new Error(`${stray.join(', ')} ${stray.length > 1 ? 'are' : 'is'} set but ${main} is not: set it too, or unset them`);
}
