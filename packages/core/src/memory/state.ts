import type { LiveEvent } from '../schemas/live.js';
import type { Poll } from '../schemas/poll.js';
import type { CommentStatus, Thread } from '../schemas/thread.js';
import type { Petition } from '../schemas/petition.js';
import type { Service } from '../schemas/service.js';

/*
 * The MemoryAdapter's whole state: plain JSON so it can be persisted to
 * localStorage and restored as is.
 */

export interface StoredPoll {
  poll: Poll;
  /** participant → chosen option ids */
  votes: Record<string, string[]>;
}

export interface StoredComment {
  id: string;
  seq: number;
  parentId: string | null;
  depth: number;
  authorName: string | null;
  body: string;
  lang: string | null;
  createdAt: string;
  status: CommentStatus;
  /** participant who wrote it; `null` for seeded comments */
  author: string | null;
  upvoters: string[];
  reporters: string[];
}

export interface StoredThread {
  thread: Omit<Thread, 'commentCount'>;
  comments: StoredComment[];
}

export interface StoredSignature {
  email: string;
  name: string;
  regionId: string | null;
  showName: boolean;
  status: 'pending' | 'confirmed';
  token: string;
  createdAt: string;
  confirmedAt: string | null;
  /** Without query or fragment. */
  sourceUrl: string | null;
  /** The widget's language when signing. */
  lang?: string | null;
}

export interface StoredPetition {
  petition: Omit<Petition, 'signatureCount'>;
  signatures: StoredSignature[];
}

export interface StoredRating {
  id: string;
  participant: string;
  score: number;
  reasons: string[];
  comment: string | null;
  pageUrl: string | null;
  createdAt: string;
}

export interface StoredService {
  service: Service;
  ratings: StoredRating[];
}

/** A message the MemoryAdapter "sends": read it to confirm a signature in a demo or test. */
export interface OutboxMessage {
  to: string;
  kind: 'confirm-signature' | 'already-signed';
  petitionId: string;
  /** Confirmation token, for `confirm-signature`. */
  token: string | null;
  text: string;
  sentAt: string;
}

/** The kinds of resource, as named in a seed. */
export type Kind = 'polls' | 'threads' | 'petitions' | 'services';
export const KINDS: readonly Kind[] = ['polls', 'threads', 'petitions', 'services'];

export interface MemoryState {
  version: 1;
  seq: number;
  /**
   * The kinds whose seed has been loaded: each is loaded on first use. Absent
   * in states saved before seeding was lazy, which hold every kind.
   */
  seeded?: Kind[];
  polls: Record<string, StoredPoll>;
  threads: Record<string, StoredThread>;
  petitions: Record<string, StoredPetition>;
  services: Record<string, StoredService>;
  outbox: OutboxMessage[];
}

export function emptyState(): MemoryState {
  return { version: 1, seq: 0, seeded: [], polls: {}, threads: {}, petitions: {}, services: {}, outbox: [] };
}

/** What the code for each kind works on: the data every participant shares. */
export interface Backend {
  readonly state: MemoryState;
  now(): Date;
  nextId(prefix: string): string;
  /** Saves and notifies after a change. */
  changed(...events: LiveEvent[]): void;
}

/** A random id: participants, confirmation tokens. */
export function randomId(): string {
  return globalThis.crypto.randomUUID().replace(/-/g, '');
}
