import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, expectError, signupTenant, type Member } from './support/factories.js';
import { pngHeaderOnly, pngZlibBomb, svgWithRects } from './support/plan-bombs.js';
import { createPlace } from './support/places.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('plan images that would hurt the server or the browser', () => {
  let t: TestApp;
  let admin: Member;
  let floorId: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await signupTenant(t.http);
    floorId = (await createPlace(t.http, admin, 0)).floorId;
  });
  afterAll(() => t.close());

  const upload = (file: Buffer, filename = 'plan.bin') =>
    as(t.http, admin).put(`/api/floors/${floorId}/plan`).attach('file', file, filename);
  const servedPlan = async () => {
    const res = await as(t.http, admin).get(`/api/floors/${floorId}/plan`).expect(200);
    return Buffer.isBuffer(res.body) ? res.body.toString() : res.text;
  };

  it('refuses PNGs whose header declares more than 10,000 pixels a side, however small the file', async () => {
    for (const [width, height] of [
      [100_000, 100_000],
      [2 ** 31 - 1, 2 ** 31 - 1],
      [10_001, 10],
    ]) {
      expectError(await upload(pngHeaderOnly(width, height)), 400, 'PLAN_DIMENSIONS_TOO_LARGE');
    }
  });

  it('refuses PNGs of more than 40 megapixels', async () => {
    expectError(await upload(pngHeaderOnly(9_000, 9_000)), 400, 'PLAN_DIMENSIONS_TOO_LARGE');
    await upload(pngHeaderOnly(10_000, 4_000)).expect(200);
  });

  it('refuses a real decompression bomb (1.6 MB of PNG, 20,000 × 20,000 pixels, 1.6 GB decoded)', async () => {
    const res = await upload(pngZlibBomb(), 'bomb.png');
    const body = expectError(res, 400, 'PLAN_DIMENSIONS_TOO_LARGE');
    expect(body.message).toContain('20000 × 20000');
  });

  it('refuses SVGs that declare an absurd size', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="100000000" height="100"><rect width="1" height="1"/></svg>';
    expectError(await upload(Buffer.from(svg), 'plan.svg'), 400, 'PLAN_DIMENSIONS_TOO_LARGE');
    const viewBoxOnly = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 50000 50000"><rect width="1" height="1"/></svg>';
    expectError(await upload(Buffer.from(viewBoxOnly), 'plan.svg'), 400, 'PLAN_DIMENSIONS_TOO_LARGE');
  });

  it('refuses SVGs with more elements than a floor plan needs, with a code that says so', async () => {
    const res = await upload(svgWithRects(170_000), 'plan.svg');
    expectError(res, 400, 'PLAN_TOO_COMPLEX');
  });

  it('removes external references hidden behind CSS escapes and image-set() from SVG styles', async () => {
    const svg = String.raw`<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600">
  <rect width="10" height="10" style="fill:u\72l(https://evil.example/x)"/>
  <rect width="10" height="10" style="fill: red; background: image-set('https://evil.example/z' 1x)"/>
  <rect width="10" height="10" style="fill:\75 \72 \6c (https://evil.example/spaced)"/>
  <rect width="10" height="10" style="stroke:u/**/rl(https://evil.example/comment)"/>
  <rect width="10" height="10" style="background-image:url(https://evil.example/b)"/>
  <rect width="10" height="10" fill="u\72l(https://evil.example/attribute)"/>
  <rect width="10" height="10" style="\66 ill:url(https://evil.example/escaped-name)"/>
  <rect id="kept" width="10" height="10" style="fill:#3366cc; stroke-width:2"/>
</svg>`;
    await upload(Buffer.from(svg), 'plan.svg').expect(200);
    const served = await servedPlan();
    expect(served).not.toContain('evil.example');
    expect(served).toMatch(/id="kept"[^>]*style="fill: ?#3366cc; ?stroke-width: ?2;?"/);
    expect(served).toMatch(/style="fill: ?red;?"/);
  });
});
