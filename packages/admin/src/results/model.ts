import type { Kind } from '../content/model.js';

/*
 * What the results dashboards read (GET /api/v1/admin/results/<kind>/<id>),
 * and the pure parts of showing it: which CSV tables each kind has, how long
 * a series is, labels for UTC days and hours, and what stands out in a
 * series, in words. Tested in Node (test/console-results.test.ts).
 */

export type Interval = 'hour' | 'day';

export interface PollDashboard {
  poll: {
    id: string;
    question: string;
    mode: 'single' | 'multiple';
    status: string;
    opensAt: string | null;
    closesAt: string | null;
  };
  totalParticipants: number;
  totalVotes: number;
  options: { optionId: string; label: string; votes: number; share: number }[];
  interval: Interval;
  overTime: { at: string; votes: number }[];
}

export interface ServiceComment {
  score: number;
  scoreLabel: string;
  reasons: string[];
  comment: string;
  at: string;
}

export interface ServiceDashboard {
  service: { id: string; name: string; question: string; scale: 'stars5' | 'yesno' | 'csat5'; status: string };
  count: number;
  average: number | null;
  yesShare: number | null;
  distribution: { score: number; label: string; count: number }[];
  reasons: { reasonId: string; label: string; count: number }[];
  interval: Interval;
  overTime: { at: string; ratings: number; average: number | null }[];
  comments: { items: ServiceComment[]; nextCursor: string | null };
}

export interface SignatureCounts {
  confirmed: number;
  pending: number;
  invalidated: number;
}

export interface PetitionDashboard {
  petition: {
    id: string;
    title: string;
    status: string;
    opensAt: string | null;
    closesAt: string | null;
    respondedAt: string | null;
  };
  signatureCount: number;
  goal: number;
  progress: number;
  milestones: { count: number; label: string; reached: boolean; reachedOn: string | null }[];
  totals: SignatureCounts;
  byDay: ({ day: string; signed: number } & SignatureCounts)[];
  byRegion: ({ regionId: string | null; label: string } & SignatureCounts)[];
}

export interface ThreadDashboard {
  thread: { id: string; title: string | null; status: string; moderation: string };
  comments: number;
  published: number;
  participants: number;
  openReports: number;
  upvotes: number;
  statusCounts: { published: number; pending: number; hidden: number; removed: number };
  byDay: { day: string; comments: number; participants: number }[];
}

export interface DashboardOf {
  polls: PollDashboard;
  services: ServiceDashboard;
  petitions: PetitionDashboard;
  threads: ThreadDashboard;
}
export type AnyDashboard = DashboardOf[Kind];

/** The CSV tables of each kind, in the server's order (the first is its default). */
export const CSV_TABLES = {
  polls: ['options', 'time'],
  services: ['scores', 'reasons', 'time'],
  petitions: ['days', 'regions'],
  threads: ['days', 'statuses'],
} as const satisfies Record<Kind, readonly string[]>;

/** How often a dashboard reads its results again while the page is visible (besides its live stream). */
export const REFRESH_MS = 10_000;
/** Reads caused by the live stream are at least this far apart, however fast people take part. */
export const LIVE_READ_MS = 1_000;

/** The live-update topic of a resource (see GET /api/v1/stream): its events say that its figures changed. */
export function liveTopic(kind: Kind, id: string): string {
  const topics = { polls: 'poll', threads: 'thread', petitions: 'petition', services: 'service' } as const;
  return `${topics[kind]}:${id}`;
}

/** A UTC day (`2026-03-01`) as an instant, for formatting in UTC. */
export function utcDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** Formatting options for a series' labels: days in UTC, hours in the browser's time zone. */
export function periodFormat(interval: Interval): Intl.DateTimeFormatOptions {
  return interval === 'day' ? { dateStyle: 'medium', timeZone: 'UTC' } : { dateStyle: 'medium', timeStyle: 'short' };
}

/** The index of the largest value (the first of equals), or -1 when all are 0 or there are none. */
export function peakIndex(values: readonly number[]): number {
  let best = -1;
  values.forEach((v, i) => {
    if (v > 0 && (best < 0 || v > values[best]!)) best = i;
  });
  return best;
}

/** The name of the file a download saves as. */
export function downloadName(kind: Kind, id: string, table: string | null): string {
  const singular = { polls: 'poll', services: 'service', petitions: 'petition', threads: 'thread' }[kind];
  return table ? `${singular}-${id}-${table}.csv` : `${singular}-${id}.json`;
}

/** Above this many rows, a chart's table goes into a disclosure (it would push the page down). */
export const LONG_TABLE = 8;
