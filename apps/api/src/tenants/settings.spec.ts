import { describe, expect, it } from 'vitest';
import { changedPaths, deepMerge, defaultSettings, resolveSettings } from './settings.js';

describe('tenant settings', () => {
  it('fills every missing key from the defaults', () => {
    const settings = resolveSettings({ privacy: { retention: { afterDays: 7 } } });
    expect(settings.privacy.retention).toEqual({ mode: 'anonymize', afterDays: 7 });
    expect(settings.booking.slotMinutes).toBe(30);
    expect(settings.organization.country).toBe('DE');
  });

  it('deep-merges a patch without touching siblings', () => {
    const merged = deepMerge(defaultSettings(), { privacy: { bookingVisibility: 'anonymous' } });
    expect(merged.privacy.bookingVisibility).toBe('anonymous');
    expect(merged.privacy.retention.afterDays).toBe(30);
    expect(merged.booking).toEqual(defaultSettings().booking);
  });

  it('does not mutate the base document', () => {
    const base = defaultSettings();
    deepMerge(base, { booking: { maxDaysAhead: 3 } });
    expect(base.booking.maxDaysAhead).toBe(14);
  });

  it('lists the leaf paths that changed', () => {
    const after = deepMerge(defaultSettings(), { privacy: { retention: { afterDays: 1 } }, booking: { slotMinutes: 15 } });
    expect(changedPaths(defaultSettings(), after).sort()).toEqual(['booking.slotMinutes', 'privacy.retention.afterDays']);
    expect(changedPaths(defaultSettings(), defaultSettings())).toEqual([]);
  });

  it('treats a list as one leaf: replaced whole, changed only when an entry differs', () => {
    const processors = [{ name: 'Hosting GmbH', purpose: 'Hosting', country: 'DE' }];
    const withList = deepMerge(defaultSettings(), { organization: { processors } });
    const sameAgain = deepMerge(withList, { organization: { processors: processors.map((p) => ({ ...p })) } });
    expect(withList.organization.processors).toEqual(processors);
    expect(changedPaths(defaultSettings(), withList)).toEqual(['organization.processors']);
    expect(changedPaths(withList, sameAgain)).toEqual([]);
  });
});
