import { describe, expect, it } from 'vitest';
import { domainOf, isSameOriginPath, ssoErrorOf } from './sso-login';

describe('sso login helpers', () => {
  it('finds the domain only once the address is whole', () => {
    expect(domainOf(' Ada@Example.COM ')).toBe('example.com');
    expect(domainOf('ada@example')).toBeNull();
    expect(domainOf('ada@')).toBeNull();
    expect(domainOf('ada')).toBeNull();
  });

  it('reads the sso_error code, unknown codes as SSO_FAILED', () => {
    expect(ssoErrorOf(new URLSearchParams('sso_error=SSO_STATE_INVALID'))).toBe('SSO_STATE_INVALID');
    expect(ssoErrorOf(new URLSearchParams('sso_error=<script>'))).toBe('SSO_FAILED');
    expect(ssoErrorOf(new URLSearchParams(''))).toBeNull();
  });

  it('follows only the API sign-in path', () => {
    expect(isSameOriginPath('/api/auth/sso/acme/login?login_hint=a')).toBe(true);
    expect(isSameOriginPath('https://evil.example/api/auth/sso/')).toBe(false);
    expect(isSameOriginPath('//evil.example')).toBe(false);
  });
});
