import { generate } from 'otplib';
import request from 'supertest';
import type { App } from 'supertest/types.js';
import { as, type Member } from './factories.js';

const nowS = () => Math.floor(Date.now() / 1000);

/** The code of the time step `offsetSteps` away from now (the API accepts -1, 0 and +1). */
export const totpCode = (secret: string, offsetSteps = 0): Promise<string> => generate({ secret, epoch: nowS() + offsetSteps * 30 });

/** Turns on 2FA for a member; returns the secret and the recovery codes. The current step is then used up. */
export async function enableTotp(http: App, member: Member): Promise<{ secret: string; recoveryCodes: string[] }> {
  const setup = await as(http, member).post('/api/me/2fa/setup').send({ password: member.password }).expect(200);
  const { secret } = setup.body as { secret: string };
  const enabled = await as(http, member)
    .post('/api/me/2fa/enable')
    .send({ code: await totpCode(secret) })
    .expect(200);
  return { secret, recoveryCodes: (enabled.body as { recoveryCodes: string[] }).recoveryCodes };
}

export const login = (http: App, member: Pick<Member, 'email' | 'password'>, totp?: string) =>
  request(http)
    .post('/api/auth/login')
    .send({ email: member.email, password: member.password, ...(totp ? { totp } : {}) });
