import { fromLocalInput, toLocalInput } from '../content/model.js';

/*
 * What the Petitions page reads and sends for signatures, the abuse watch,
 * bulk invalidation and the official response, and the pure parts of it: the
 * time window of a bulk invalidation as people type it, and its checks. Tested
 * in Node (test/console-petitions.test.ts).
 */

export interface Signature {
  id: number;
  petitionId: string;
  name: string;
  maskedEmail: string;
  /** Only for administrators (personal data). */
  email?: string;
  emailDomain: string | null;
  regionId: string | null;
  showName: boolean;
  status: 'pending' | 'confirmed' | 'invalidated';
  signedAt: string;
  confirmedAt: string | null;
  invalidatedAt: string | null;
  network: string | null;
}

export interface Trend {
  signatures: number;
  confirmed: number;
  invalidated: number;
}

export interface AbuseWatch {
  from: string;
  to: string;
  total: number;
  domains: (Trend & { domain: string })[];
  networks: (Trend & { network: string })[];
}

export interface BulkResult {
  dryRun: boolean;
  matched: { confirmed: number; pending: number };
  invalidated: number;
  signatureCount: number;
}

export interface ResponseDraft {
  body: string;
  updatedAt: string;
  updatedBy: string | null;
}

/** The minutes the abuse watch looks back. */
export const WATCH_MINUTES = 60;

/** A bulk invalidation as typed: one domain or one network, and a window in the browser's time zone. */
export interface BulkForm {
  by: 'domain' | 'network';
  value: string;
  /** `datetime-local` values. */
  from: string;
  to: string;
  /** The instants the window was filled in with (kept to the second when the minutes were not changed). */
  fromIso: string | null;
  toIso: string | null;
}

/** The last hour, to the minute after now: the window a bulk invalidation starts with. */
export function defaultWindow(now = Date.now()): Pick<BulkForm, 'from' | 'to' | 'fromIso' | 'toIso'> {
  const from = new Date(now - WATCH_MINUTES * 60_000).toISOString();
  const to = new Date(Math.ceil((now + 1) / 60_000) * 60_000).toISOString();
  return { from: toLocalInput(from), to: toLocalInput(to), fromIso: from, toIso: to };
}

/** A window taken from the abuse watch (its `to` is now, so one more minute is added to catch what comes in meanwhile). */
export function watchWindow(watch: Pick<AbuseWatch, 'from' | 'to'>): Pick<BulkForm, 'from' | 'to' | 'fromIso' | 'toIso'> {
  const to = new Date(Math.ceil((Date.parse(watch.to) + 1) / 60_000) * 60_000).toISOString();
  return { from: toLocalInput(watch.from), to: toLocalInput(to), fromIso: watch.from, toIso: to };
}

export type BulkProblem = 'value' | 'from' | 'to' | 'order';

export interface BulkCriteria {
  domain?: string;
  network?: string;
  from: string;
  to: string;
}

/** The criteria the server takes, or what is wrong with the form (in the order of its fields). */
export function bulkCriteria(form: BulkForm): { criteria: BulkCriteria | null; problems: BulkProblem[] } {
  const problems: BulkProblem[] = [];
  const value = form.by === 'domain' ? form.value.trim().replace(/^@/, '').toLowerCase() : form.value.trim();
  if (!value) problems.push('value');
  const from = fromLocalInput(form.from, form.fromIso);
  const to = fromLocalInput(form.to, form.toIso);
  const valid = (iso: string | null) => iso !== null && !Number.isNaN(Date.parse(iso));
  if (!valid(from)) problems.push('from');
  if (!valid(to)) problems.push('to');
  if (valid(from) && valid(to) && Date.parse(to!) <= Date.parse(from!)) problems.push('order');
  if (problems.length) return { criteria: null, problems };
  return {
    criteria: { ...(form.by === 'domain' ? { domain: value } : { network: value }), from: from!, to: to! },
    problems,
  };
}

/** The same criteria (to tell whether a dry run still describes the form). */
export function sameCriteria(a: BulkCriteria | null, b: BulkCriteria | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
