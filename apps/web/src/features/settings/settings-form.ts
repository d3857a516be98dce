import type { UseFormReturnType } from '@mantine/form';
import type { TenantSettings } from '../../api/types';

export type SettingsForm = UseFormReturnType<TenantSettings>;

/** Ranges the form enforces before saving; the API validates again. */
export const SETTINGS_LIMITS = {
  retentionAfterDays: { min: 0, max: 3650 },
  analyticsMinGroupSize: { min: 1, max: 100 },
  maxDaysAhead: { min: 0, max: 365 },
  maxDurationMinutes: { min: 5, max: 1440 },
  checkInGraceMinutes: { min: 0, max: 240 },
} as const;

export const SLOT_MINUTES_OPTIONS = [5, 10, 15, 30, 60] as const satisfies readonly SlotMinutes[];

type SlotMinutes = TenantSettings['booking']['slotMinutes'];

export function isSlotMinutes(value: number): value is SlotMinutes {
  return (SLOT_MINUTES_OPTIONS as readonly number[]).includes(value);
}
