import { describe, expect, it } from 'vitest';
import type { User } from '../../api/types';
import { sortUsersByName } from './sort-users';

const user = (displayName: string, email = `${displayName}@x.example`): User => ({
  id: displayName,
  email,
  displayName,
  role: 'employee',
  locale: 'en',
  status: 'active',
  twoFactorEnabled: false,
  createdAt: '2025-01-01T00:00:00Z',
});

describe('sortUsersByName', () => {
  it('sorts by name in the reader language, ignoring case', () => {
    const sorted = sortUsersByName([user('zoe'), user('Ömer'), user('anna'), user('Bert')], 'de');
    expect(sorted.map((u) => u.displayName)).toEqual(['anna', 'Bert', 'Ömer', 'zoe']);
  });

  it('does not change the input', () => {
    const users = [user('b'), user('a')];
    sortUsersByName(users, 'en');
    expect(users.map((u) => u.displayName)).toEqual(['b', 'a']);
  });
});
