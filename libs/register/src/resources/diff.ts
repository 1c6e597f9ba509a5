import type { FieldChange } from './resources.views';

export type { FieldChange };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A position is one value to a reviewer, who sees it on a map: its latitude alone means nothing. */
const isPoint = (value: unknown) => isRecord(value) && 'lat' in value && 'lng' in value;

const keyedById = (value: unknown): value is { id: string }[] =>
  Array.isArray(value) && value.every((item) => isRecord(item) && typeof item.id === 'string');

/**
 * The changes from `before` to `after`, for reviewers. Objects (but points) are compared field by field; lists
 * whose items carry ids (exhibits, accreditations) item by item, so editing one exhibit shows as
 * that exhibit's field, not as the whole list. Other lists compare whole.
 */
export function diffContent(before: unknown, after: unknown, path = ''): FieldChange[] {
  if (isRecord(before) && isRecord(after) && !isPoint(before)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => diffContent(before[key], after[key], path ? `${path}.${key}` : key));
  }
  if (keyedById(before) && keyedById(after) && (before.length || after.length)) {
    const old = new Map(before.map((item) => [item.id, item]));
    const now = new Map(after.map((item) => [item.id, item]));
    const ids = [...new Set([...old.keys(), ...now.keys()])];
    const changes = ids.flatMap((id) => diffContent(old.get(id) ?? null, now.get(id) ?? null, `${path}[${id}]`));
    const reordered = !changes.length && before.some((item, i) => item.id !== after[i]?.id);
    return reordered ? [{ field: path, before: before.map((i) => i.id), after: after.map((i) => i.id) }] : changes;
  }
  return stableJson(before) === stableJson(after) ? [] : [{ field: path, before, after }];
}

/** JSON with object keys sorted: jsonb does not keep the order keys were written in. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isRecord(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}
