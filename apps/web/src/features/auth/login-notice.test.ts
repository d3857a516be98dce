import { describe, expect, it } from 'vitest';
import { isEndedSession, loginNotice } from './login-notice';

describe('loginNotice', () => {
  it('reads a known notice from the navigation state', () => {
    expect(loginNotice({ notice: 'accountDeleted' })).toBe('accountDeleted');
  });

  it('ignores other states and unknown notices', () => {
    expect(loginNotice(null)).toBeNull();
    expect(loginNotice(undefined)).toBeNull();
    expect(loginNotice({ from: '/book' })).toBeNull();
    expect(loginNotice({ notice: 'somethingElse' })).toBeNull();
  });
});

describe('isEndedSession', () => {
  const state = { notice: 'accountDeleted', endedSessionOf: 'u-1' };

  it('recognizes the cached session of the deleted account', () => {
    expect(isEndedSession(state, { id: 'u-1' })).toBe(true);
  });

  it('does not hold back someone who signed in since, or nobody', () => {
    expect(isEndedSession(state, { id: 'u-2' })).toBe(false);
    expect(isEndedSession(state, null)).toBe(false);
    expect(isEndedSession({ endedSessionOf: 'u-1' }, { id: 'u-1' })).toBe(false);
    expect(isEndedSession({ notice: 'accountDeleted' }, { id: 'u-1' })).toBe(false);
  });
});
