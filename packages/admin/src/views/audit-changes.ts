/**
 * What an audit entry changed, field by field: the `before` and `after`
 * states flattened to dotted paths (`staff.role`), keeping the fields whose
 * values differ. Values stay data: the view shows them as text.
 */
export interface FieldChange {
  field: string;
  /** `undefined` when the field did not exist on that side. */
  before: unknown;
  after: unknown;
}

const DEPTH = 3;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function flatten(value: unknown, prefix: string, out: Map<string, unknown>, depth = 0): Map<string, unknown> {
  if (isPlainObject(value) && depth < DEPTH && Object.keys(value).length > 0) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, out, depth + 1);
  } else if (value !== null && value !== undefined) {
    out.set(prefix, value);
  }
  return out;
}

export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const was = flatten(before, '', new Map());
  const now = flatten(after, '', new Map());
  const fields = [...new Set([...was.keys(), ...now.keys()])];
  return fields
    .filter((field) => JSON.stringify(was.get(field)) !== JSON.stringify(now.get(field)))
    .map((field) => ({ field, before: was.get(field), after: now.get(field) }));
}

/** A value as text: strings as they are, anything else as JSON. */
export function valueText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}
