import { describe, expect, it } from 'vitest';
import { deepMerge, defaultSettings } from '../tenants/settings.js';
import { republishReason } from './notice-lifecycle.service.js';

const generated = defaultSettings();
const custom = deepMerge(generated, { privacy: { noticeMode: 'custom' } });

describe('which settings changes republish the generated notice', () => {
  it('republishes for a setting the notice describes', () => {
    expect(republishReason({ after: generated, changed: ['privacy.retention.afterDays', 'booking.slotMinutes'] })).toEqual({
      described: ['privacy.retention.afterDays'],
    });
  });

  it('does not for settings the notice does not describe', () => {
    expect(republishReason({ after: generated, changed: ['booking.slotMinutes'] })).toBeNull();
  });

  it('does not in custom mode', () => {
    expect(republishReason({ after: custom, changed: ['privacy.retention.afterDays'] })).toBeNull();
  });

  it('does when the mode is switched back to generated, with nothing described changed', () => {
    expect(republishReason({ after: generated, changed: ['privacy.noticeMode'] })).toEqual({ described: [] });
  });
});
