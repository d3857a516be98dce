import { describe, expect, it } from 'vitest';
import { inviteLink, inviteTokenFromHash } from './invite-token';

describe('invite token in the URL fragment', () => {
  it('reads the token after the #', () => {
    expect(inviteTokenFromHash('#abc_DEF-123')).toBe('abc_DEF-123');
  });

  it('is null when the fragment is missing or empty', () => {
    expect(inviteTokenFromHash('')).toBeNull();
    expect(inviteTokenFromHash('#')).toBeNull();
    expect(inviteTokenFromHash('#%E0%A4%A')).toBeNull();
  });

  it('round-trips through the invite link', () => {
    const link = inviteLink('https://desk.example.com', 'tok/en+=');
    expect(link.startsWith('https://desk.example.com/accept-invite#')).toBe(true);
    expect(inviteTokenFromHash(new URL(link).hash)).toBe('tok/en+=');
  });
});
