import { type Catalogue, en } from './catalogues/en.js';

type Loader = () => Promise<Catalogue>;

/*
 * English ships in the runtime; other languages load on first use, so a page
 * pays only for the language it shows.
 */
const loaders = new Map<string, Loader>([
  ['fr', () => import('./catalogues/fr.js').then((m) => m.fr)],
  ['es', () => import('./catalogues/es.js').then((m) => m.es)],
  ['ar', () => import('./catalogues/ar.js').then((m) => m.ar)],
]);
const loaded = new Map<string, Catalogue>([['en', en as Catalogue]]);
const inflight = new Map<string, Promise<Catalogue>>();

/** Languages written right to left. */
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'yi', 'dv', 'ckb', 'ug']);

/**
 * Adds or replaces a language: a whole catalogue, or a function loading one.
 * Agencies use it for languages the project does not ship yet.
 */
export function registerLocale(lang: string, catalogue: Catalogue | Loader): void {
  const key = lang.toLowerCase();
  loaded.delete(key);
  inflight.delete(key);
  if (typeof catalogue === 'function') loaders.set(key, catalogue);
  else loaded.set(key, catalogue);
}

/** The best supported language for a BCP 47 tag: `fr-CA` → `fr`, unknown → `en`. */
export function supportedLanguage(tag: string | null | undefined): string {
  const parts = (tag ?? '').toLowerCase().split('-');
  for (let i = parts.length; i > 0; i--) {
    const candidate = parts.slice(0, i).join('-');
    if (loaded.has(candidate) || loaders.has(candidate)) return candidate;
  }
  return 'en';
}

export function isRtl(tag: string): boolean {
  return RTL.has(tag.toLowerCase().split('-')[0] ?? '');
}

/** The catalogue if it is already loaded, otherwise `undefined`. */
export function loadedCatalogue(lang: string): Catalogue | undefined {
  return loaded.get(lang);
}

/** Loads a catalogue once; falls back to English when loading fails. */
export function loadCatalogue(lang: string): Promise<Catalogue> {
  const ready = loaded.get(lang);
  if (ready) return Promise.resolve(ready);
  let pending = inflight.get(lang);
  if (!pending) {
    const loader = loaders.get(lang);
    pending = (loader ? loader() : Promise.resolve(en)).then(
      (catalogue) => (loaded.set(lang, catalogue), catalogue),
      () => en,
    );
    inflight.set(lang, pending);
  }
  return pending;
}
