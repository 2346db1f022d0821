/**
 * The languages the widgets, the confirmation page and its e-mail are written
 * in, as BCP 47 tags (one string: it is part of every page's first download).
 * `docs/localisation.md` gives each one's status; `npm run i18n:check` keeps
 * the catalogues complete for all of them.
 */
export const LANGUAGES: readonly string[] = /* @__PURE__ */ (
  'am ar az bg bn ca cs cy da de el en es et eu fa fi fil fr ga ha he hi hr hu hy id ig it ja ka kk ko ky lt lv ' +
  'mr ms nb ne nl pl ps pt pt-BR ro ru si sk sl so sr sv sw ta te tg th tr uk ur uz vi yo zh-Hans zh-Hant zu'
).split(' ');

/**
 * The best of `available` for a BCP 47 tag, or undefined. The tag is first
 * made canonical (`iw` → `he`, `tl` → `fil`), then tried as it is, as
 * language and script (`zh-HK` → `zh-Hant`, from CLDR's likely subtags), and
 * shorter (`pt-BR-x-a` → `pt-BR` → `pt`); Norwegian is Bokmål. Case does not
 * matter; the answer is spelt as in `available`.
 */
export function bestLanguage(tag: string | null | undefined, available: Iterable<string> = LANGUAGES): string | undefined {
  const byLower = new Map<string, string>();
  for (const lang of available) byLower.set(lang.toLowerCase(), lang);
  let parts = (tag ?? '').trim().replace(/_/g, '-').split('-');
  let script = '';
  try {
    const locale = new Intl.Locale(Intl.getCanonicalLocales(parts.join('-'))[0] ?? '');
    parts = locale.toString().split('-');
    script = `${locale.language}-${locale.maximize().script}`;
  } catch {
    // Not a well-formed tag: its parts are tried as they are.
  }
  const candidates = parts.map((_, i) => parts.slice(0, parts.length - i).join('-'));
  candidates.splice(1, 0, script, /^n[on]$/i.test(parts[0] ?? '') ? 'nb' : '');
  for (const candidate of candidates) {
    const found = byLower.get(candidate.toLowerCase());
    if (found) return found;
  }
  return undefined;
}

/** Whether a language is written right to left: its likely script is (`ar`, `he`, `ur`, `ku-Arab`…). */
export function isRtl(tag: string): boolean {
  try {
    // Script codes are four letters: no anchors needed (`undefined` matches none).
    return /Arab|Hebr|Thaa|Syrc|Nkoo|Adlm|Rohg/.test(new Intl.Locale(tag).maximize().script as string);
  } catch {
    return false;
  }
}
