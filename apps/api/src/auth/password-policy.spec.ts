import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-policy.js';

describe('checkPassword', () => {
  it('accepts a long passphrase', () => {
    expect(checkPassword('Correct-Horse-Battery-Staple-42', []).ok).toBe(true);
  });

  it('refuses common passwords with a hint a person can act on', () => {
    const verdict = checkPassword('password123', []);
    expect(verdict.ok).toBe(false);
    expect(verdict.warning).toBeTruthy();
    expect(verdict.suggestions.length).toBeGreaterThan(0);
  });

  it('refuses passwords shorter than 8 characters', () => {
    const verdict = checkPassword('x7#Qp', []);
    expect(verdict.ok).toBe(false);
    expect(verdict.warning).toMatch(/8 characters/);
  });

  it('refuses passwords longer than 128 characters', () => {
    expect(checkPassword('a'.repeat(129), []).ok).toBe(false);
  });

  it('refuses a password built from the company name', () => {
    expect(checkPassword('Zyxwvuacme2024', []).ok).toBe(true);
    expect(checkPassword('Zyxwvuacme2024', ['Zyxwvuacme GmbH']).ok).toBe(false);
  });
});
