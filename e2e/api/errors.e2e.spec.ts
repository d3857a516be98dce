import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOOKING_RULE_NAMES } from '../../apps/api/src/bookings/booking-rules.js';
import { ERROR_CODES } from '../../apps/api/src/common/errors/error-codes.js';
import { as, expectError, signupTenant } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { NOTICE_SETTINGS } from '../../apps/api/src/privacy-notices/generator/notice.js';

describe('errors share one shape', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers an unknown API route with 404 JSON', async () => {
    const res = await request(t.http).get('/api/does-not-exist');
    expectError(res, 404, 'NOT_FOUND');
    expect(res.headers['content-type']).toMatch(/application\/json/);
  });

  it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
    const res = await request(t.http).post('/api/auth/login').set('Content-Type', 'application/json').send('{"email": "a@b.c",');
    expectError(res, 400, 'MALFORMED_JSON');
  });

  it('answers an oversized body with 413 PAYLOAD_TOO_LARGE', async () => {
    const res = await request(t.http)
      .post('/api/auth/signup')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ tenantName: 'x'.repeat(2 * 1024 * 1024) }));
    expectError(res, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('answers a JSON body that is not an object with 400', async () => {
    const admin = await signupTenant(t.http);
    const res = await as(t.http, admin).patch('/api/tenant/settings').set('Content-Type', 'application/json').send('[1,2,3]');
    expect(res.status).toBe(400);
    expect((res.body as { code: string }).code).toMatch(/VALIDATION_FAILED|MALFORMED_JSON|BAD_REQUEST/);
  });

  /** `{"a":{"a":…1…}}`, `levels` objects deep. */
  const nested = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

  it('answers JSON nested 10,000 levels deep with 400 MALFORMED_JSON, never 500, with or without a session', async () => {
    const admin = await signupTenant(t.http);
    const signup = await request(t.http).post('/api/auth/signup').set('Content-Type', 'application/json').send(nested(10_000));
    expectError(signup, 400, 'MALFORMED_JSON');
    const me = await as(t.http, admin)
      .patch('/api/me')
      .set('Content-Type', 'application/json')
      .send(`{"locale":"de","x":${nested(10_000)}}`);
    expectError(me, 400, 'MALFORMED_JSON');
    // Nesting a real document needs stays allowed.
    await as(t.http, admin).patch('/api/me').set('Content-Type', 'application/json').send(`{"locale":"de"}`).expect(200);
    const settings = await as(t.http, admin).patch('/api/tenant/settings').set('Content-Type', 'application/json').send(nested(32));
    expectError(settings, 400, 'VALIDATION_FAILED');
  });

  it('refuses __proto__, constructor and prototype keys anywhere in a JSON body', async () => {
    const admin = await signupTenant(t.http);
    for (const body of [
      '{"__proto__":{"role":"tenant_admin"},"locale":"de"}',
      '{"locale":"de","constructor":{"prototype":{"polluted":true}}}',
      '[{"a":[{"b":{"__proto__":{}}}]}]',
    ]) {
      const res = await as(t.http, admin).patch('/api/me').set('Content-Type', 'application/json').send(body);
      expectError(res, 400, 'VALIDATION_FAILED');
    }
    const res = await request(t.http)
      .post('/api/auth/signup')
      .set('Content-Type', 'application/json')
      .send(
        '{"tenantName":"Proto GmbH","displayName":"P","email":"proto@e2e.example.com","password":"Correct-Horse-Battery-Staple-42","__proto__":{"x":1}}',
      );
    expect(expectError(res, 400, 'VALIDATION_FAILED').details).toEqual([
      { field: '__proto__', messages: [expect.stringContaining('__proto__')] },
    ]);
    // The key as a value, or inside a longer key, is ordinary text.
    await as(t.http, admin).patch('/api/me').send({ displayName: '__proto__ constructor' }).expect(200);
  });

  it('hides the cause of an unexpected failure: 500 with a request id, no stack, no SQL', async () => {
    const res = await request(t.http).get('/api/test-faults/crash').set('X-Request-Id', 'req-e2e-crash-0001');
    const body = expectError(res, 500, 'INTERNAL_ERROR');
    expect(body.requestId).toBe('req-e2e-crash-0001');
    expect(res.headers['x-request-id']).toBe('req-e2e-crash-0001');
    const raw = JSON.stringify(res.body);
    for (const leak of ['SELECT', 'passwordHash', 'secret@example.com', 'at ', '.ts:', 'ER_PARSE_ERROR']) expect(raw).not.toContain(leak);
  });

  it('gives every answer a request id header, generated when the client sends none or an invalid one', async () => {
    const res = await request(t.http).get('/api/health').set('X-Request-Id', 'bad id with spaces');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sets security headers (helmet)', async () => {
    const res = await request(t.http).get('/api/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('forbids framing the same way in both headers: X-Frame-Options DENY, frame-ancestors none', async () => {
    const res = await request(t.http).get('/api/health');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('sends no CORS headers unless CORS_ORIGINS is set', async () => {
    const res = await request(t.http).get('/api/health').set('Origin', 'https://evil.example');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('serves the OpenAPI document and its UI', async () => {
    const doc = await request(t.http).get('/api/docs-json').expect(200);
    expect((doc.body as { paths: Record<string, unknown> }).paths).toHaveProperty('/api/auth/signup');
    await request(t.http).get('/api/docs').expect(200).expect('Content-Type', /html/);
  });

  it('publishes its error codes, booking rules and the limits clients check first in the OpenAPI document', async () => {
    const doc = (await request(t.http).get('/api/docs-json').expect(200)).body as {
      components: { schemas: Record<string, { enum?: string[] }> };
      'x-deskbook-limits': Record<string, number | string[]>;
    };
    expect(doc.components.schemas.ErrorCode?.enum).toEqual([...ERROR_CODES]);
    expect(doc.components.schemas.BookingRule?.enum).toEqual([...BOOKING_RULE_NAMES]);
    expect(doc['x-deskbook-limits']).toEqual({
      checkInOpensBeforeMinutes: 15,
      maxPlanBytes: 10 * 1024 * 1024,
      maxImportBytes: 40 * 1024 * 1024,
      maxNoticeBodyChars: 16_000,
      maxNoticePdfBytes: 10 * 1024 * 1024,
      noticeSettings: [...NOTICE_SETTINGS],
    });
  });
});

describe('CORS when configured', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ CORS_ORIGINS: 'https://desk.example.com' });
  });
  afterAll(() => t.close());

  it('allows only the configured origin', async () => {
    const ok = await request(t.http).get('/api/health').set('Origin', 'https://desk.example.com');
    expect(ok.headers['access-control-allow-origin']).toBe('https://desk.example.com');
    const other = await request(t.http).get('/api/health').set('Origin', 'https://evil.example');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('the built web app in production', () => {
  let t: TestApp;
  let dist: string;
  beforeAll(async () => {
    // A web build that (wrongly) carries a source map next to its script.
    dist = mkdtempSync(join(tmpdir(), 'deskbook-web-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Deskbook</title>');
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1);\n//# sourceMappingURL=index-abc123.js.map');
    writeFileSync(join(dist, 'assets', 'index-abc123.js.map'), '{"version":3,"sources":["../src/secret.ts"]}');
    t = await startTestApp({ NODE_ENV: 'production', WEB_DIST_DIR: dist });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves the scripts but never their source maps', async () => {
    await request(t.http).get('/assets/index-abc123.js').expect(200);
    const map = await request(t.http).get('/assets/index-abc123.js.map');
    expect(map.status).toBe(404);
    expect(map.text).not.toContain('secret.ts');
  });
});
