import { describe, expect, it } from 'vitest';
import { noticeSettingsChanged } from './notice-settings';

describe('settings the generated notice describes', () => {
  it('names the retention period and the processors as republishing the notice', () => {
    expect(noticeSettingsChanged({ privacy: { retention: { afterDays: 30 } } }, 'privacy')).toEqual(['privacy.retention.afterDays']);
    expect(noticeSettingsChanged({ organization: { processors: [] } }, 'organization')).toEqual(['organization.processors']);
  });

  it('ignores settings the notice does not describe, and other sections', () => {
    expect(noticeSettingsChanged({ privacy: { consentRequired: false, noticeMode: 'custom' } }, 'privacy')).toEqual([]);
    expect(noticeSettingsChanged({ booking: { maxDaysAhead: 3 } }, 'privacy')).toEqual([]);
    expect(noticeSettingsChanged({ privacy: { require2fa: 'everyone' } }, 'organization')).toEqual([]);
  });
});
