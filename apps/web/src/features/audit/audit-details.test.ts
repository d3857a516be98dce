import { describe, expect, it } from 'vitest';
import { summarizeDetails } from './audit-details';

describe('summarizeDetails', () => {
  it('lists the changed settings of a before/after pair', () => {
    const details = {
      changed: ['privacy.bookingVisibility', 'privacy.retention.afterDays'],
      before: { privacy: { bookingVisibility: 'everyone', retention: { afterDays: 30, mode: 'anonymize' } } },
      after: { privacy: { bookingVisibility: 'anonymous', retention: { afterDays: 7, mode: 'anonymize' } } },
    };
    expect(summarizeDetails(details)).toEqual([
      { kind: 'change', field: 'privacy.bookingVisibility', before: 'everyone', after: 'anonymous' },
      { kind: 'change', field: 'privacy.retention.afterDays', before: '30', after: '7' },
    ]);
  });

  it('shows a role change as one change', () => {
    expect(summarizeDetails({ from: 'employee', to: 'tenant_admin' })).toEqual([
      { kind: 'change', field: '', before: 'employee', after: 'tenant_admin' },
    ]);
  });

  it('lists other details as fields and values', () => {
    expect(summarizeDetails({ role: 'employee', note: null, flags: { a: true } })).toEqual([
      { kind: 'value', field: 'role', value: 'employee' },
      { kind: 'value', field: 'flags', value: '{"a":true}' },
    ]);
  });

  it('is empty without details', () => {
    expect(summarizeDetails(null)).toEqual([]);
    expect(summarizeDetails('text')).toEqual([]);
  });
});
