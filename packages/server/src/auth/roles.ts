/**
 * Staff roles and what each may do. Every console and admin-API route names
 * one permission; a role has a fixed set. Admins may do everything.
 */
export const ROLES = ['admin', 'editor', 'moderator', 'analyst'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  /** Read content, its settings and drafts (every role). */
  'content.read': ['admin', 'editor', 'moderator', 'analyst'],
  /** Create, edit, open, close and archive polls, threads, petitions and services. */
  'content.write': ['admin', 'editor'],
  /** Write and publish official petition responses. */
  'responses.write': ['admin', 'editor'],
  /** Read the moderation queue, comments and reports. */
  'moderation.read': ['admin', 'moderator'],
  /** Approve, hide and remove comments; block participants and networks. */
  'moderation.write': ['admin', 'moderator'],
  /** Signature search, invalidation and abuse watch. */
  'signatures.write': ['admin', 'editor'],
  /** Results, dashboards and exports without personal data. */
  'results.read': ['admin', 'editor', 'moderator', 'analyst'],
  /** Exports with e-mail addresses, and the outbox. */
  'personal-data.read': ['admin'],
  /** Erase what is held about a person (by e-mail address). */
  'personal-data.erase': ['admin'],
  /** Allowed origins (sites). */
  'sites.write': ['admin'],
  /** Staff accounts and invitations. */
  'staff.write': ['admin'],
  /** The audit log. */
  'audit.read': ['admin'],
  /** One's own session and personal API tokens (every role). */
  self: ['admin', 'editor', 'moderator', 'analyst'],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSIONS;

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
