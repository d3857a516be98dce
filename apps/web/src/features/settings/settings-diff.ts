import type { paths } from '@deskbook/api-client';
import type { TenantSettings } from '../../api/types';

/** The body of PATCH /tenant/settings: any subset, deep-merged by the API. */
export type SettingsPatch = paths['/api/tenant/settings']['patch']['requestBody']['content']['application/json'];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What changed from `before` to `after`, keeping the nesting: only changed leaves, and only the objects
 * on the way to them. Undefined when nothing changed. Arrays count as single values.
 */
export function changedParts(before: unknown, after: unknown): unknown {
  if (isPlainObject(before) && isPlainObject(after)) {
    const changes: Record<string, unknown> = {};
    for (const key of Object.keys(after)) {
      const change = changedParts(before[key], after[key]);
      if (change !== undefined) changes[key] = change;
    }
    return Object.keys(changes).length > 0 ? changes : undefined;
  }
  return JSON.stringify(before) === JSON.stringify(after) ? undefined : after;
}

/** The PATCH body that turns the saved settings into the edited ones; `{}` when nothing changed. */
export function settingsPatch(saved: TenantSettings, edited: TenantSettings): SettingsPatch {
  return changedParts(saved, edited) ?? {};
}

export function isEmptyPatch(patch: SettingsPatch): boolean {
  return Object.keys(patch).length === 0;
}

/** Dot paths of every leaf ("privacy.retention.afterDays"): the names form fields and API errors share. */
export function leafPaths(value: unknown, prefix = ''): string[] {
  if (!isPlainObject(value)) return prefix ? [prefix] : [];
  return Object.entries(value).flatMap(([key, child]) => leafPaths(child, prefix ? `${prefix}.${key}` : key));
}
