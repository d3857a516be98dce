import { describe, expect, it } from 'vitest';
import { domainOfEmail, normalizeDomain, normalizeDomains } from './sso-domains.js';

describe('SSO domains', () => {
  it('writes a domain one way, whatever the admin typed', () => {
    expect(normalizeDomain(' @Example.COM ')).toBe('example.com');
    expect(normalizeDomain('example.com.')).toBe('example.com');
    expect(normalizeDomain('mail.corp-1.example.de')).toBe('mail.corp-1.example.de');
  });

  it('refuses what is not a domain name', () => {
    for (const text of [
      '',
      'localhost',
      'exa mple.com',
      '-bad.com',
      'bad-.com',
      '10.0.0.1',
      'a..b',
      'user@example.com',
      `${'a'.repeat(64)}.com`,
    ])
      expect(normalizeDomain(text), text).toBeNull();
  });

  it('lists domains once, sorted, and names the invalid entries', () => {
    expect(normalizeDomains(['b.com', 'A.com', '@a.com', 'nope'])).toEqual({ domains: ['a.com', 'b.com'], invalid: ['nope'] });
  });

  it("takes an address's domain after its last @", () => {
    expect(domainOfEmail('Ada.Lovelace@Example.com')).toBe('example.com');
    expect(domainOfEmail('"a@b"@example.org')).toBe('example.org');
    expect(domainOfEmail('no-at-sign')).toBeNull();
    expect(domainOfEmail('@example.com')).toBeNull();
  });
});
