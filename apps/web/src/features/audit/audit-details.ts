/** One line of an audit event's details, ready to print. */
export type DetailLine = { kind: 'change'; field: string; before: string; after: string } | { kind: 'value'; field: string; value: string };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function changedLeaves(before: unknown, after: unknown, path: string): DetailLine[] {
  if (isPlainObject(before) || isPlainObject(after)) {
    const b = isPlainObject(before) ? before : {};
    const a = isPlainObject(after) ? after : {};
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
    return keys.flatMap((key) => changedLeaves(b[key], a[key], path ? `${path}.${key}` : key));
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  return [{ kind: 'change', field: path, before: formatValue(before), after: formatValue(after) }];
}

/**
 * Summarises an event's details: `{ before, after }` becomes the list of changed fields (settings
 * changes), `{ from, to }` one change (a role change; field ""), anything else its fields and values.
 */
export function summarizeDetails(details: unknown): DetailLine[] {
  if (!isPlainObject(details)) return [];
  if ('before' in details && 'after' in details) return changedLeaves(details.before, details.after, '');
  if ('from' in details && 'to' in details) {
    return [{ kind: 'change', field: '', before: formatValue(details.from), after: formatValue(details.to) }];
  }
  return Object.entries(details)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([field, value]) => ({ kind: 'value', field, value: formatValue(value) }));
}
