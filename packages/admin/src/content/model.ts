import type { Eligibility, LocalisedText, Petition, Poll, Service, Thread } from '@civic-widgets/core';

/*
 * The content editor's model, without any UI: the four kinds, their forms as
 * people fill them in, the definitions sent to the server, ids suggested from
 * titles, date-times in the browser's time zone, embed snippets, and the
 * server's field errors turned into plain messages. Pure functions, so Node
 * tests check them without a browser (test/console-content.test.ts).
 */

export const KINDS = ['polls', 'threads', 'petitions', 'services'] as const;
export type Kind = (typeof KINDS)[number];

export function isKind(value: string | undefined): value is Kind {
  return (KINDS as readonly string[]).includes(value ?? '');
}

/** The element that shows each kind, and its id attribute. */
export const ELEMENTS = {
  polls: { tag: 'civic-poll', attribute: 'poll-id' },
  threads: { tag: 'civic-comments', attribute: 'thread-id' },
  petitions: { tag: 'civic-petition', attribute: 'petition-id' },
  services: { tag: 'civic-rating', attribute: 'service-id' },
} as const satisfies Record<Kind, { tag: string; attribute: string }>;

/** What the admin API lists: polls with their participants; threads and petitions carry their counts. */
export type PollSummary = Poll & { participants: number };
export interface ResourceOf {
  polls: PollSummary | Poll;
  threads: Thread;
  petitions: Petition;
  services: Service;
}
export type AnyResource = Poll | Thread | Petition | Service;

/** The resource's title as people know it (a thread may have none). */
export function titleOf(kind: Kind, r: AnyResource): string {
  switch (kind) {
    case 'polls':
      return firstText((r as Poll).question);
    case 'threads':
      return firstText((r as Thread).title ?? '');
    case 'petitions':
      return firstText((r as Petition).title);
    case 'services':
      return (r as Service).name;
  }
}

/** The count shown in lists: participants, published comments or confirmed signatures. */
export function countOf(kind: Kind, r: AnyResource): number | null {
  if (kind === 'polls') return 'participants' in r ? (r as PollSummary).participants : null;
  if (kind === 'threads') return (r as Thread).commentCount;
  if (kind === 'petitions') return (r as Petition).signatureCount;
  return null;
}

/** What the admin API adds to a resource while it is archived (finished business: out of the default lists, closed to citizens). */
export interface Archivable {
  archivedAt?: string;
}

export function isArchived(r: object): boolean {
  return !!(r as Archivable).archivedAt;
}

export type Phase = 'draft' | 'scheduled' | 'open' | 'closed' | 'responded';

/**
 * Where a resource stands for citizens now: a draft is hidden, an open one
 * before `opensAt` is scheduled, and one past `closesAt`, or archived, is
 * closed whatever its status says (the same rules as `phaseOf` in core and
 * the server's archive).
 */
export function phaseNow(
  r: { status: string; opensAt?: string | null; closesAt?: string | null } & Archivable,
  now = Date.now(),
): Phase {
  if (r.status === 'draft') return 'draft';
  if (r.status === 'responded') return 'responded';
  if (r.status === 'closed' || r.archivedAt) return 'closed';
  if (r.closesAt && Date.parse(r.closesAt) <= now) return 'closed';
  if (r.opensAt && Date.parse(r.opensAt) > now) return 'scheduled';
  return 'open';
}

// ------------------------------------------------------------------ ids

const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

export function isSlug(value: string): boolean {
  return SLUG.test(value);
}

/**
 * An id suggested from a title: `"Night buses: which routes?"` → `night-buses-which-routes`.
 * Accents are dropped; a title with no Latin letters or digits gives `""` (the person types one).
 */
export function slugify(text: string, max = 64): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[æ]/g, 'ae')
    .replace(/[œ]/g, 'oe')
    .replace(/[ø]/g, 'o')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  const lastDash = cut.lastIndexOf('-');
  // Cut at a word boundary when one is not too far back.
  return (lastDash > max / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3`… : the first one not taken (still at most 64 characters). */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!base || !taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, 64 - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

// ------------------------------------------------------------------ dates

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO timestamp as a `datetime-local` value in the browser's time zone (`2027-03-01T09:00`). */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * A `datetime-local` value, read in the browser's time zone, as an ISO timestamp.
 * When the value is what `original` shows, `original` is kept as it was (its seconds too).
 */
export function fromLocalInput(value: string, original: string | null = null): string | null {
  if (!value) return null;
  if (original && toLocalInput(original) === value) return original;
  // A date-time without an offset is local time (ECMAScript Date Time String Format).
  const d = new Date(value.length === 10 ? `${value}T00:00` : value);
  return Number.isNaN(d.getTime()) ? value : d.toISOString();
}

/** The browser's time zone, e.g. `Europe/Paris`. */
export function timeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

// ------------------------------------------------------------------ forms

/** A row of a labelled list (poll options, petition regions, rating reasons). */
export interface ItemRow {
  /** Stable across moves, for keyed rendering. */
  key: number;
  id: string;
  label: string;
  /** The id was typed (or came from the server): it no longer follows the label. */
  idTouched: boolean;
}
export interface MilestoneRow {
  key: number;
  count: string;
  label: string;
}

/** Who may take part, and the flood challenge: the same fields for every kind (threads have no eligibility). */
export interface AccessFields {
  eligibility: 'anyone' | 'verified';
  /** The agency's sign-in page, for verified participants. */
  signIn: string;
  /** A claim of the identity token that must hold one of `claimValues` (comma-separated); empty: any verified participant. */
  claimName: string;
  claimValues: string;
  /** Every write needs a solved proof-of-work challenge (`"challenge": "always"`). */
  challenge: boolean;
}

interface FormBase extends AccessFields {
  /** The stored resource an edit started from. */
  source?: AnyResource;
  /**
   * The languages the texts are written in, the first one in the form's own
   * fields; empty or one: plain text, sent without a language (see localise).
   */
  languages: string[];
  /** The texts in the other languages, by text key (see TextKey), then language. */
  translations: Record<string, Record<string, string>>;
  id: string;
  /** The id was typed: it no longer follows the title. */
  idTouched: boolean;
}
export interface PollForm extends FormBase {
  kind: 'polls';
  question: string;
  description: string;
  options: ItemRow[];
  mode: 'single' | 'multiple';
  maxChoices: string;
  opensAt: string;
  closesAt: string;
  status: string;
  resultsVisibility: string;
  allowChange: boolean;
  /** As stored, so an unchanged time keeps its exact value. */
  original: { opensAt: string | null; closesAt: string | null };
}
export interface ThreadForm extends FormBase {
  kind: 'threads';
  title: string;
  moderation: string;
  maxLength: string;
  maxDepth: string;
  reportThreshold: string;
  status: string;
}
export interface PetitionForm extends FormBase {
  kind: 'petitions';
  title: string;
  summary: string;
  body: string;
  goal: string;
  milestones: MilestoneRow[];
  regions: ItemRow[];
  opensAt: string;
  closesAt: string;
  status: string;
  /** The official response is written on the petitions page; edits here send it back unchanged. */
  response: Petition['response'];
  original: { opensAt: string | null; closesAt: string | null };
}
export interface ServiceForm extends FormBase {
  kind: 'services';
  name: string;
  question: string;
  scale: string;
  reasons: ItemRow[];
  commentMaxLength: string;
  publicAggregate: boolean;
  status: string;
}
export type ContentForm = PollForm | ThreadForm | PetitionForm | ServiceForm;

let nextKey = 1;
export function newKey(): number {
  return nextKey++;
}

export function itemRow(id = '', label = '', idTouched = id !== ''): ItemRow {
  return { key: newKey(), id, label, idTouched };
}

/** Statuses each kind can be given in its form (a petition becomes "responded" through its response). */
export const STATUSES: Record<Kind, readonly string[]> = {
  polls: ['draft', 'open', 'closed'],
  threads: ['open', 'closed'],
  petitions: ['draft', 'open', 'closed', 'responded'],
  services: ['draft', 'open', 'closed'],
};

/** A blank form. New content starts as a draft where the kind has drafts, so it is previewed before anyone sees it. */
export function emptyForm(kind: Kind): ContentForm {
  const base = { id: '', idTouched: false, languages: [], translations: {}, ...NO_ACCESS_RULES };
  switch (kind) {
    case 'polls':
      return {
        ...base,
        kind,
        question: '',
        description: '',
        options: [itemRow(), itemRow()],
        mode: 'single',
        maxChoices: '',
        opensAt: '',
        closesAt: '',
        status: 'draft',
        resultsVisibility: 'after-vote',
        allowChange: false,
        original: { opensAt: null, closesAt: null },
      };
    case 'threads':
      return {
        ...base,
        kind,
        title: '',
        moderation: 'post',
        maxLength: '2000',
        maxDepth: '3',
        reportThreshold: '3',
        status: 'open',
      };
    case 'petitions':
      return {
        ...base,
        kind,
        title: '',
        summary: '',
        body: '',
        goal: '',
        milestones: [],
        regions: [],
        opensAt: '',
        closesAt: '',
        status: 'draft',
        response: null,
        original: { opensAt: null, closesAt: null },
      };
    case 'services':
      return {
        ...base,
        kind,
        name: '',
        question: '',
        scale: 'stars5',
        reasons: [],
        commentMaxLength: '500',
        publicAggregate: true,
        status: 'draft',
      };
  }
}

/**
 * Where a text of a form lives, for its translations: a field (`question`,
 * `description`, `title`, `summary`, `body`) or a list row's label by the
 * row's stable key (`options#12`, `milestones#3`).
 */
export type TextKey = string;
export const rowTextKey = (list: string, key: number): TextKey => `${list}#${key}`;

/** The languages texts are given in, in the order first met; none when every text is plain. */
export function languagesOf(texts: readonly (LocalisedText | null | undefined)[]): string[] {
  const found: string[] = [];
  for (const text of texts)
    if (text && typeof text === 'object') for (const lang of Object.keys(text)) if (!found.includes(lang)) found.push(lang);
  return found;
}

/** The texts of a stored resource that may be given by language. */
function textsOf(kind: Kind, r: AnyResource): (LocalisedText | null | undefined)[] {
  switch (kind) {
    case 'polls': {
      const p = r as Poll;
      return [p.question, p.description, ...p.options.map((o) => o.label)];
    }
    case 'threads':
      return [(r as Thread).title];
    case 'petitions': {
      const p = r as Petition;
      return [p.title, p.summary, p.body, ...p.milestones.map((m) => m.label), ...p.regions.map((x) => x.label)];
    }
    case 'services': {
      const s = r as Service;
      return [s.question, ...s.reasons.map((x) => x.label)];
    }
  }
}

/**
 * The form's text for a stored text, and its translations noted under `key`:
 * the first language's words in the field, the other languages beside it.
 */
function reader(languages: readonly string[], translations: Record<TextKey, Record<string, string>>) {
  return (key: TextKey, text: LocalisedText | null | undefined): string => {
    if (text === null || text === undefined) return '';
    if (typeof text === 'string') return text;
    const [main, ...others] = languages;
    const rest: Record<string, string> = {};
    for (const lang of others) if (text[lang] !== undefined) rest[lang] = text[lang];
    if (Object.keys(rest).length) translations[key] = rest;
    return (main !== undefined ? text[main] : undefined) ?? firstText(text);
  };
}

/** The form for a stored resource. */
export function toForm(kind: Kind, r: AnyResource): ContentForm {
  const languages = languagesOf(textsOf(kind, r));
  const translations: Record<TextKey, Record<string, string>> = {};
  const text = reader(languages, translations);
  const items = (list: string, rows: readonly { id: string; label: LocalisedText }[]) =>
    rows.map((i) => {
      const row = itemRow(i.id, '', true);
      row.label = text(rowTextKey(list, row.key), i.label);
      return row;
    });
  const base = { id: r.id, idTouched: true, source: r, languages, translations, ...accessOf(r) };
  switch (kind) {
    case 'polls': {
      const p = r as Poll;
      return {
        ...base,
        kind,
        question: text('question', p.question),
        description: text('description', p.description),
        options: items('options', p.options),
        mode: p.mode,
        maxChoices: p.mode === 'multiple' ? String(p.maxChoices) : '',
        opensAt: toLocalInput(p.opensAt),
        closesAt: toLocalInput(p.closesAt),
        status: p.status,
        resultsVisibility: p.resultsVisibility,
        allowChange: p.allowChange,
        original: { opensAt: p.opensAt, closesAt: p.closesAt },
      };
    }
    case 'threads': {
      const t = r as Thread;
      return {
        ...base,
        kind,
        title: text('title', t.title),
        moderation: t.moderation,
        maxLength: String(t.maxLength),
        maxDepth: String(t.maxDepth),
        reportThreshold: String(t.reportThreshold),
        status: t.status,
      };
    }
    case 'petitions': {
      const p = r as Petition;
      return {
        ...base,
        kind,
        title: text('title', p.title),
        summary: text('summary', p.summary),
        body: text('body', p.body),
        goal: String(p.goal),
        milestones: p.milestones.map((m) => {
          const key = newKey();
          return { key, count: String(m.count), label: text(rowTextKey('milestones', key), m.label) };
        }),
        regions: items('regions', p.regions),
        opensAt: toLocalInput(p.opensAt),
        closesAt: toLocalInput(p.closesAt),
        status: p.status,
        response: p.response,
        original: { opensAt: p.opensAt, closesAt: p.closesAt },
      };
    }
    case 'services': {
      const s = r as Service;
      return {
        ...base,
        kind,
        name: s.name,
        question: text('question', s.question),
        scale: s.scale,
        reasons: items('reasons', s.reasons),
        commentMaxLength: String(s.commentMaxLength),
        publicAggregate: s.publicAggregate,
        status: s.status,
      };
    }
  }
}

/**
 * A form for a copy: the same content under a new id (the first free one
 * after `<id>-copy`), as a draft, without what belongs to the original
 * (votes, signatures, the official response).
 */
export function duplicateForm(kind: Kind, r: AnyResource, taken: ReadonlySet<string>): ContentForm {
  const form = toForm(kind, r);
  form.id = uniqueId(`${r.id.slice(0, 59).replace(/-+$/, '')}-copy`, taken);
  form.idTouched = true;
  if (form.kind === 'threads') form.status = 'open';
  else form.status = 'draft';
  if (form.kind === 'petitions') form.response = null;
  if (form.kind === 'polls' || form.kind === 'petitions') form.original = { opensAt: null, closesAt: null };
  return form;
}

/** The field the id is suggested from. */
export function titleField(form: ContentForm): string {
  switch (form.kind) {
    case 'polls':
      return form.question;
    case 'threads':
    case 'petitions':
      return form.title;
    case 'services':
      return form.name;
  }
}

/** A whole number typed in a form; empty is "not given" (the server's default applies where there is one). */
function whole(value: string): number | string | undefined {
  const text = value.trim();
  if (text === '') return undefined;
  return /^-?\d+$/.test(text) ? Number(text) : text;
}

/**
 * The definition the admin API takes, from a form. With `withId` false (an
 * edit) the id is left out: it is in the URL and cannot change. Values are
 * sent as typed: checking them is the server's job, and its messages come back per field.
 */
export function toDefinition(form: ContentForm, withId: boolean): Record<string, unknown> {
  return definitionOf(form, withId);
}

/** A text as stored: the first language's, whatever language the rest are in (the console shows one). */
export function firstText(text: LocalisedText): string {
  return typeof text === 'string' ? text : (Object.values(text)[0] ?? '');
}

/**
 * A form's text as the admin API takes it: plain in one language; by
 * language in several, the first language's words first (the one shown where
 * none fits), then each other language's that is not blank — a text not yet
 * translated is still marked as the first language's, so widgets mark it so.
 * A text blank in every language is plain and empty (an optional text left out).
 */
export function localise(form: ContentForm, key: TextKey, main: string): LocalisedText {
  const [first, ...others] = form.languages;
  if (first === undefined || others.length === 0) return main;
  const out: Record<string, string> = { [first]: main };
  for (const lang of others) {
    const text = form.translations[key]?.[lang] ?? '';
    if (text.trim() !== '') out[lang] = text;
  }
  return Object.values(out).every((t) => t.trim() === '') ? main : out;
}

const NO_ACCESS_RULES: AccessFields = {
  eligibility: 'anyone',
  signIn: '',
  claimName: '',
  claimValues: '',
  challenge: false,
};

/** The form's access fields from a stored resource. */
function accessOf(r: AnyResource): AccessFields {
  const { eligibility, challenge } = r as { eligibility?: Eligibility; challenge?: string };
  return {
    eligibility: eligibility?.kind === 'verified' ? 'verified' : 'anyone',
    signIn: eligibility?.signIn ?? '',
    claimName: eligibility?.claim?.name ?? '',
    claimValues: eligibility?.claim?.anyOf.join(', ') ?? '',
    challenge: challenge === 'always',
  };
}

/** The definition's `eligibility` and `challenge`, left out where they say nothing (anyone; no challenge). */
function accessDefinition(form: ContentForm): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (form.challenge) out['challenge'] = 'always';
  if (form.kind !== 'threads' && form.eligibility === 'verified') {
    const values = form.claimValues
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
    out['eligibility'] = {
      kind: 'verified',
      ...(form.signIn.trim() ? { signIn: form.signIn.trim() } : {}),
      ...(form.claimName.trim() ? { claim: { name: form.claimName.trim(), anyOf: values } } : {}),
    };
  }
  return out;
}

function definitionOf(form: ContentForm, withId: boolean): Record<string, unknown> {
  return { ...kindDefinition(form, withId), ...accessDefinition(form) };
}

function kindDefinition(form: ContentForm, withId: boolean): Record<string, unknown> {
  const id = withId ? { id: form.id.trim() } : {};
  const text = (key: TextKey, main: string) => localise(form, key, main);
  const listOut = (list: string, rows: readonly ItemRow[]) =>
    rows.map((r) => ({ id: r.id.trim(), label: text(rowTextKey(list, r.key), r.label) }));
  switch (form.kind) {
    case 'polls': {
      const maxChoices = form.mode === 'multiple' ? whole(form.maxChoices) : undefined;
      return {
        ...id,
        question: text('question', form.question),
        description: text('description', form.description),
        options: listOut('options', form.options),
        mode: form.mode,
        ...(maxChoices !== undefined ? { maxChoices } : {}),
        opensAt: fromLocalInput(form.opensAt, form.original.opensAt),
        closesAt: fromLocalInput(form.closesAt, form.original.closesAt),
        status: form.status,
        resultsVisibility: form.resultsVisibility,
        allowChange: form.allowChange,
      };
    }
    case 'threads':
      return {
        ...id,
        title: text('title', form.title),
        moderation: form.moderation,
        maxLength: whole(form.maxLength),
        maxDepth: whole(form.maxDepth),
        reportThreshold: whole(form.reportThreshold),
        status: form.status,
      };
    case 'petitions':
      return {
        ...id,
        title: text('title', form.title),
        summary: text('summary', form.summary),
        body: text('body', form.body),
        goal: whole(form.goal),
        milestones: form.milestones.map((m) => ({
          count: whole(m.count),
          label: text(rowTextKey('milestones', m.key), m.label),
        })),
        regions: listOut('regions', form.regions),
        opensAt: fromLocalInput(form.opensAt, form.original.opensAt),
        closesAt: fromLocalInput(form.closesAt, form.original.closesAt),
        status: form.status,
        response: form.response,
      };
    case 'services':
      return {
        ...id,
        name: form.name,
        question: text('question', form.question),
        scale: form.scale,
        reasons: listOut('reasons', form.reasons),
        commentMaxLength: whole(form.commentMaxLength),
        publicAggregate: form.publicAggregate,
        status: form.status,
      };
  }
}

// ------------------------------------------------------------------ embedding

/** The one script tag and the element, for a page on any site. */
export function embedSnippet(kind: Kind, id: string, origin: string): string {
  const { tag, attribute } = ELEMENTS[kind];
  return (
    `<script type="module" src="${origin}/cdn/civic-widgets.js" data-endpoint="${origin}/api/v1"></script>\n` +
    `<${tag} ${attribute}="${id}"></${tag}>`
  );
}

// ------------------------------------------------------------------ errors

/** A message key of the content bundle with its parameters (the view translates it). */
export interface Described {
  key: string;
  params?: Record<string, string | number>;
  /** The field's name, translated first and given to the message as `{label}`. */
  label?: Described;
}

/** What each field must be, for the server's terse "Invalid input". */
type Rule =
  | { type: 'text'; max: number; required: boolean }
  | { type: 'slug' }
  | { type: 'choice' }
  | { type: 'whole'; min: number; max?: number }
  | { type: 'date' }
  | { type: 'list'; min: number; max: number }
  | { type: 'flag' };

const LIST_ITEM: Record<string, Rule> = { id: { type: 'slug' }, label: { type: 'text', max: 200, required: true } };

const RULES: Record<Kind, Record<string, Rule>> = {
  polls: {
    id: { type: 'slug' },
    question: { type: 'text', max: 300, required: true },
    description: { type: 'text', max: 2000, required: false },
    options: { type: 'list', min: 2, max: 50 },
    mode: { type: 'choice' },
    maxChoices: { type: 'whole', min: 1 },
    opensAt: { type: 'date' },
    closesAt: { type: 'date' },
    status: { type: 'choice' },
    resultsVisibility: { type: 'choice' },
    allowChange: { type: 'flag' },
  },
  threads: {
    id: { type: 'slug' },
    title: { type: 'text', max: 300, required: false },
    moderation: { type: 'choice' },
    maxLength: { type: 'whole', min: 1, max: 20000 },
    maxDepth: { type: 'whole', min: 0, max: 10 },
    reportThreshold: { type: 'whole', min: 1 },
    status: { type: 'choice' },
  },
  petitions: {
    id: { type: 'slug' },
    title: { type: 'text', max: 300, required: true },
    summary: { type: 'text', max: 1000, required: false },
    body: { type: 'text', max: 20000, required: false },
    goal: { type: 'whole', min: 1 },
    milestones: { type: 'list', min: 0, max: 1000 },
    regions: { type: 'list', min: 0, max: 1000 },
    opensAt: { type: 'date' },
    closesAt: { type: 'date' },
    status: { type: 'choice' },
  },
  services: {
    id: { type: 'slug' },
    name: { type: 'text', max: 200, required: true },
    question: { type: 'text', max: 300, required: true },
    scale: { type: 'choice' },
    reasons: { type: 'list', min: 0, max: 1000 },
    commentMaxLength: { type: 'whole', min: 0, max: 5000 },
    publicAggregate: { type: 'flag' },
    status: { type: 'choice' },
  },
};

function ruleFor(kind: Kind, path: string): Rule | undefined {
  const [field = '', index, sub] = path.split('.');
  if (index === undefined) return RULES[kind][field];
  if (field === 'milestones')
    return sub === 'count' ? { type: 'whole', min: 1 } : sub === 'label' ? LIST_ITEM['label'] : undefined;
  return sub ? LIST_ITEM[sub] : undefined;
}

/**
 * The name of the field at `path`, as a message key and parameters
 * (`options.1.label` → "Label of option 2").
 */
export function fieldLabel(kind: Kind, path: string): Described {
  const [field = '', index, sub] = path.split('.');
  if (field === 'challenge') return { key: 'field.any.challenge' };
  if (field === 'eligibility')
    return {
      key:
        index === 'signIn'
          ? 'field.any.signIn'
          : index === 'claim'
            ? sub === 'name'
              ? 'field.any.claimName'
              : 'field.any.claimValues'
            : 'field.any.eligibility',
    };
  if (index !== undefined && /^\d+$/.test(index)) {
    const n = Number(index) + 1;
    const list = field === 'options' ? 'option' : field === 'regions' ? 'region' : field === 'reasons' ? 'reason' : 'milestone';
    return { key: `label.${list}.${sub === 'id' ? 'id' : sub === 'count' ? 'count' : 'label'}`, params: { n } };
  }
  return { key: `field.${kind}.${field}` };
}

/**
 * A server field error as a plain message. The server's messages are short
 * and technical ("Required", "Invalid input", "Locked"), so each becomes the
 * rule the field breaks, in words a non-programmer reads; anything unknown is
 * shown as the server wrote it, after the field's name.
 */
export function describeError(kind: Kind, path: string, message: string): Described {
  const label = fieldLabel(kind, path);
  const rule = ruleFor(kind, path);
  const field = path.split('.')[0] ?? '';
  const nested = path.includes('.');
  if (message === 'Taken') return { key: 'rule.taken' };
  if (message === 'Locked') return { key: field === 'scale' ? 'rule.scaleLocked' : 'rule.optionsLocked' };
  if (message === 'Duplicate id') return { key: 'rule.duplicateIds' };
  if (/control characters/i.test(message)) return { key: 'rule.controlChars', ...withLabel(label) };
  if (message === 'Required') return { key: 'rule.required', ...withLabel(label) };
  const most = /^At most (\d+) characters$/.exec(message);
  if (most) return { key: 'rule.tooLong', ...withLabel(label, { max: Number(most[1]) }) };
  if (/^Must be a slug/.test(message) || rule?.type === 'slug') return { key: 'rule.slug', ...withLabel(label) };
  if (rule) {
    switch (rule.type) {
      case 'choice':
        return { key: 'rule.choose', ...withLabel(label) };
      case 'whole':
        return rule.max === undefined
          ? { key: 'rule.wholeMin', ...withLabel(label, { min: rule.min }) }
          : { key: 'rule.wholeRange', ...withLabel(label, { min: rule.min, max: rule.max }) };
      case 'date':
        return { key: 'rule.date', ...withLabel(label) };
      case 'list':
        if (!nested && field === 'options') return { key: 'rule.options', params: { min: rule.min, max: rule.max } };
        break;
      case 'text':
        if (message === 'Invalid input') return { key: 'rule.tooLong', ...withLabel(label, { max: rule.max }) };
        break;
    }
  }
  return { key: 'rule.other', ...withLabel(label, { message }) };
}

/** Messages name their field through `{label}`, itself a message the view translates first. */
function withLabel(label: Described, params: Record<string, string | number> = {}): Pick<Described, 'params' | 'label'> {
  return { params, label };
}

/** Fields in the order the form shows them, so the error summary follows the page. */
const ORDER: Record<Kind, readonly string[]> = {
  polls: [
    'question',
    'id',
    'description',
    'options',
    'mode',
    'maxChoices',
    'opensAt',
    'closesAt',
    'resultsVisibility',
    'allowChange',
    'eligibility',
    'challenge',
    'status',
  ],
  threads: ['title', 'id', 'moderation', 'maxLength', 'maxDepth', 'reportThreshold', 'challenge', 'status'],
  petitions: [
    'title',
    'id',
    'summary',
    'body',
    'goal',
    'milestones',
    'regions',
    'opensAt',
    'closesAt',
    'eligibility',
    'challenge',
    'status',
  ],
  services: [
    'name',
    'id',
    'question',
    'scale',
    'reasons',
    'commentMaxLength',
    'publicAggregate',
    'eligibility',
    'challenge',
    'status',
  ],
};
const SUB_ORDER: Record<string, number> = { count: 1, label: 2, id: 3 };

/**
 * The errors worth showing, in the order of the form: an empty id that would
 * have been made from an empty title (or label) says nothing more than the
 * title's own error, so it is left out until the title is filled in.
 */
export function formErrors<E extends { path: string }>(form: ContentForm, errors: readonly E[]): E[] {
  const paths = new Set(errors.map((e) => e.path));
  const title = form.kind === 'polls' ? 'question' : form.kind === 'services' ? 'name' : 'title';
  const derived = (path: string): boolean => {
    if (path === 'id') return !form.id && !form.idTouched && paths.has(title);
    const [list, index, sub] = path.split('.');
    if (sub !== 'id' || (list !== 'options' && list !== 'regions' && list !== 'reasons')) return false;
    const row = (form as unknown as Record<string, ItemRow[] | undefined>)[list]?.[Number(index)];
    return !!row && !row.id && !row.idTouched && paths.has(`${list}.${index}.label`);
  };
  const rank = (path: string): number[] => {
    const [field = '', index, sub] = path.split('.');
    const top = ORDER[form.kind].indexOf(field);
    return [top < 0 ? ORDER[form.kind].length : top, index === undefined ? -1 : Number(index) || 0, SUB_ORDER[sub ?? ''] ?? 0];
  };
  const compare = (a: number[], b: number[]) => a.reduce((d, x, i) => d || x - (b[i] ?? 0), 0);
  return errors.filter((e) => !derived(e.path)).sort((a, b) => compare(rank(a.path), rank(b.path)));
}
