/**
 * Someone's text (a name, an e-mail address) put into a translated sentence,
 * isolated (U+2068 … U+2069) so a right-to-left name does not reorder the
 * sentence around it, and the other way round. Still text: lit never reads it as HTML.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
