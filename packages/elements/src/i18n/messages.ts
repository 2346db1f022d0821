/**
 * A message is a string with `{name}` placeholders, or plural forms selected
 * by `Intl.PluralRules` on the `count` parameter. `=0` is used for zero in
 * every language ("No votes yet"), before the language's own rules apply.
 */
export type PluralForms = {
  '=0'?: string;
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
};
export type Message = string | PluralForms;
