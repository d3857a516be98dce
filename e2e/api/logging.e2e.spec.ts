import { Writable } from 'node:stream';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../apps/api/src/app.factory.js';
import { loadConfig } from '../../apps/api/src/config/config.js';
import { STRONG_PASSWORD, uniqueEmail } from './support/factories.js';
import { linkToken, sharedMailbox } from './support/mailbox.js';
import { TEST_APP_SECRET, processQueuePrefix } from './support/test-app.js';

describe('logs', () => {
  const lines: string[] = [];
  let app: Awaited<ReturnType<typeof createApp>>;

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const config = loadConfig({
      DATABASE_URL: process.env.E2E_DATABASE_URL,
      REDIS_URL: process.env.E2E_REDIS,
      QUEUE_PREFIX: processQueuePrefix(),
      APP_SECRET: TEST_APP_SECRET,
      AUTH_RATE_LIMIT_PER_MINUTE: '1000000',
      SMTP_URL: (await sharedMailbox()).url,
    });
    app = await createApp(config, { logger: pino({ level: 'trace' }, sink) });
    await app.init();
  });
  afterAll(() => app.close());

  it('are JSON lines with request ids and never hold passwords, tokens, e-mails or names', async () => {
    const http = app.getHttpServer() as Parameters<typeof request>[0];
    const email = uniqueEmail('logcheck');
    const name = 'Lorelei Logwatcher';
    await request(http)
      .post('/api/auth/signup?email=' + encodeURIComponent(email))
      .send({ tenantName: 'Logwatch Ltd', displayName: name, email, password: STRONG_PASSWORD })
      .expect(202);
    const mail = await (await sharedMailbox()).waitFor({ to: email, template: 'confirm-signup' });
    const confirmationToken = linkToken(mail, '/confirm-email#token=');
    const confirmed = await request(http).post('/api/auth/confirm-email').send({ token: confirmationToken }).expect(200);
    const token = (confirmed.body as { token: string }).token;
    await request(http).get('/api/me').set('Authorization', `Bearer ${token}`).expect(200);
    await request(http).post('/api/auth/login').send({ email, password: 'Wrong-Password-999' }).expect(401);
    await request(http).get('/api/test-faults/nope').set('Cookie', `deskbook_session=${token}`).expect(404);

    const log = lines.join('');
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(() => JSON.parse(line) as unknown).not.toThrow();
    expect(lines.some((l) => (JSON.parse(l) as { req?: { id?: string } }).req?.id)).toBe(true);
    for (const secret of [
      email,
      encodeURIComponent(email),
      name,
      STRONG_PASSWORD,
      'Wrong-Password-999',
      token,
      token.split('.')[1],
      confirmationToken,
      'Logwatch Ltd',
    ]) {
      expect(log).not.toContain(secret);
    }
  });
});
