import { describe, expect, it } from 'vitest';
import { listField, numberField, settingChanges, stringField } from './audit-details';

describe('settingChanges', () => {
  it('reads the structured shape', () => {
    expect(settingChanges({ changes: [{ setting: 'privacy.bookingVisibility', from: 'everyone', to: 'anonymous' }] })).toEqual([
      { setting: 'privacy.bookingVisibility', from: 'everyone', to: 'anonymous' },
    ]);
  });

  it('reads events recorded before it: changed paths with before and after values', () => {
    const details = {
      changed: ['privacy.bookingVisibility', 'privacy.retention.afterDays'],
      before: { 'privacy.bookingVisibility': 'everyone', 'privacy.retention.afterDays': 30 },
      after: { 'privacy.bookingVisibility': 'anonymous', 'privacy.retention.afterDays': 7 },
    };
    expect(settingChanges(details)).toEqual([
      { setting: 'privacy.bookingVisibility', from: 'everyone', to: 'anonymous' },
      { setting: 'privacy.retention.afterDays', from: 30, to: 7 },
    ]);
  });

  it('is empty for anything else', () => {
    expect(settingChanges(null)).toEqual([]);
    expect(settingChanges({ from: 'employee', to: 'tenant_admin' })).toEqual([]);
  });
});

describe('fields', () => {
  it('reads a field only when it has the expected type', () => {
    const details = { name: 'HQ', failures: 3, changed: ['x', 4] };
    expect(stringField(details, 'name')).toBe('HQ');
    expect(stringField(details, 'failures')).toBeNull();
    expect(numberField(details, 'failures')).toBe(3);
    expect(listField(details, 'changed')).toEqual(['x']);
    expect(listField(null, 'changed')).toEqual([]);
  });
});
