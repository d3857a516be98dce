/** One changed setting of a `settings.changed` event. */
export interface SettingChange {
  setting: string;
  from: unknown;
  to: unknown;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The changed settings of a `settings.changed` event: `{ changes: [{ setting, from, to }] }`, or as
 * events recorded before that shape say it, `{ changed, before, after }` keyed by setting path.
 */
export function settingChanges(details: unknown): SettingChange[] {
  if (!isPlainObject(details)) return [];
  if (Array.isArray(details.changes)) {
    return details.changes
      .filter(isPlainObject)
      .flatMap((c) => (typeof c.setting === 'string' ? [{ setting: c.setting, from: c.from, to: c.to }] : []));
  }
  const { changed, before, after } = details;
  if (!Array.isArray(changed) || !isPlainObject(before) || !isPlainObject(after)) return [];
  return changed
    .filter((path): path is string => typeof path === 'string')
    .map((setting) => ({ setting, from: before[setting], to: after[setting] }));
}

/** A field of the details, if it has the expected type. */
export function stringField(details: unknown, field: string): string | null {
  return isPlainObject(details) && typeof details[field] === 'string' ? details[field] : null;
}

export function numberField(details: unknown, field: string): number | null {
  return isPlainObject(details) && typeof details[field] === 'number' ? details[field] : null;
}

export function listField(details: unknown, field: string): string[] {
  const value = isPlainObject(details) ? details[field] : undefined;
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
