import { describe, expect, it } from 'vitest';
import type { TenantSettings } from '../../api/types';
import { aTenantSettings } from '../../test/fixtures';
import { changedParts, isEmptyPatch, leafPaths, settingsPatch } from './settings-diff';

const saved = aTenantSettings();

function edit(change: (draft: TenantSettings) => void): TenantSettings {
  const draft = structuredClone(saved);
  change(draft);
  return draft;
}

describe('settingsPatch', () => {
  it('is empty when nothing changed', () => {
    const patch = settingsPatch(saved, structuredClone(saved));
    expect(patch).toEqual({});
    expect(isEmptyPatch(patch)).toBe(true);
  });

  it('sends only the changed leaf, with the objects on the way to it', () => {
    const patch = settingsPatch(
      saved,
      edit((s) => (s.privacy.retention.afterDays = 90)),
    );
    expect(patch).toEqual({ privacy: { retention: { afterDays: 90 } } });
  });

  it('collects changes across sections', () => {
    const patch = settingsPatch(
      saved,
      edit((s) => {
        s.privacy.bookingVisibility = 'anonymous';
        s.booking.slotMinutes = 15;
        s.organization.legalName = 'Acme GmbH';
      }),
    );
    expect(patch).toEqual({
      privacy: { bookingVisibility: 'anonymous' },
      booking: { slotMinutes: 15 },
      organization: { legalName: 'Acme GmbH' },
    });
  });

  it('counts a change back to the saved value as no change', () => {
    const patch = settingsPatch(
      saved,
      edit((s) => (s.booking.checkInRequired = false)),
    );
    expect(isEmptyPatch(patch)).toBe(true);
  });
});

describe('changedParts', () => {
  it('treats arrays as single values', () => {
    expect(changedParts({ a: [1, 2] }, { a: [1, 2] })).toBeUndefined();
    expect(changedParts({ a: [1, 2] }, { a: [2] })).toEqual({ a: [2] });
  });
});

describe('leafPaths', () => {
  it('lists the dot paths that form fields and API errors use', () => {
    expect(leafPaths(saved)).toContain('privacy.retention.afterDays');
    expect(leafPaths(saved)).toContain('organization.country');
    expect(leafPaths(saved)).not.toContain('privacy.retention');
  });
});
