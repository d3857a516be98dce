import { describe, expect, it } from 'vitest';
import { i18n } from '../../app/i18n';
import { retentionDays, type Retention } from '../../lib/retention-days';
import { retentionConfirmation } from './retention';

/** The sentence the Settings page shows under the retention fields. */
function summary(retention: Retention, language = 'en'): string {
  return i18n.getFixedT(language)(`settings.privacy.retention.summary.${retention.mode}`, { count: retentionDays(retention) });
}

describe('the retention summary sentence', () => {
  it('says bookings lose the person and keep their times in anonymize mode', () => {
    expect(summary({ mode: 'anonymize', afterDays: 30 })).toBe(
      'Bookings lose the name of the person 30 days after they end; start and end times are kept for utilization reports.',
    );
    expect(summary({ mode: 'anonymize', afterDays: 1 })).toContain('1 day after they end');
  });

  it('says bookings are deleted in delete mode', () => {
    expect(summary({ mode: 'delete', afterDays: 30 })).toBe('Bookings are deleted 30 days after they end.');
  });

  it('says "as soon as they end" for a period of 0 days', () => {
    expect(summary({ mode: 'anonymize', afterDays: 0 })).toMatch(/^Bookings lose the name of the person as soon as they end;/);
    expect(summary({ mode: 'delete', afterDays: 0 })).toBe('Bookings are deleted as soon as they end.');
  });

  it('is German in German', () => {
    expect(summary({ mode: 'delete', afterDays: 30 }, 'de')).toBe('Buchungen werden 30 Tage nach ihrem Ende gelöscht.');
  });
});

describe('retentionDays', () => {
  it('reads a period being edited (empty or not a whole number) as 0 days', () => {
    expect(retentionDays({ mode: 'anonymize', afterDays: '' as unknown as number })).toBe(0);
    expect(retentionDays({ mode: 'delete', afterDays: 2.5 })).toBe(0);
    expect(retentionDays({ mode: 'delete', afterDays: 90 })).toBe(90);
  });
});

describe('retentionConfirmation', () => {
  it('asks when fewer days are kept', () => {
    expect(retentionConfirmation({ mode: 'anonymize', afterDays: 30 }, { mode: 'anonymize', afterDays: 7 })).toEqual({
      shortened: true,
      toDelete: false,
    });
  });

  it('asks when switching from anonymizing to deleting, even with the same period', () => {
    expect(retentionConfirmation({ mode: 'anonymize', afterDays: 30 }, { mode: 'delete', afterDays: 30 })).toEqual({
      shortened: false,
      toDelete: true,
    });
  });

  it('names both reasons when both apply', () => {
    expect(retentionConfirmation({ mode: 'anonymize', afterDays: 30 }, { mode: 'delete', afterDays: 0 })).toEqual({
      shortened: true,
      toDelete: true,
    });
  });

  it('does not ask for a longer or equal period, or for switching from deleting to anonymizing', () => {
    expect(retentionConfirmation({ mode: 'anonymize', afterDays: 30 }, { mode: 'anonymize', afterDays: 30 })).toBeNull();
    expect(retentionConfirmation({ mode: 'delete', afterDays: 30 }, { mode: 'delete', afterDays: 365 })).toBeNull();
    expect(retentionConfirmation({ mode: 'delete', afterDays: 30 }, { mode: 'anonymize', afterDays: 30 })).toBeNull();
  });
});
