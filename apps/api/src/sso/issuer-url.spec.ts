import { describe, expect, it } from 'vitest';
import { checkIssuerUrl } from './issuer-url.js';

describe('checkIssuerUrl', () => {
  it('accepts https issuers, with a path too', () => {
    expect(checkIssuerUrl('https://login.microsoftonline.com/tenant-id/v2.0')).toMatchObject({ ok: true, insecureAllowed: false });
  });

  it('allows plain http on loopback only', () => {
    for (const issuer of ['http://127.0.0.1:4000', 'http://localhost:4000/oidc', 'http://[::1]:4000'])
      expect(checkIssuerUrl(issuer), issuer).toMatchObject({ ok: true, insecureAllowed: true });
    for (const issuer of ['http://idp.example.com', 'http://10.0.0.5', 'http://localhost.example.com'])
      expect(checkIssuerUrl(issuer), issuer).toMatchObject({ ok: false });
  });

  it('refuses what is not an issuer identifier', () => {
    for (const issuer of [
      'not a url',
      'ftp://idp.example.com',
      'https://user:pw@idp.example.com',
      'https://idp.example.com/?x=1',
      'https://idp.example.com/#a',
    ])
      expect(checkIssuerUrl(issuer), issuer).toMatchObject({ ok: false });
  });
});
