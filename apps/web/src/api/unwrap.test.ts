import { describe, expect, it } from 'vitest';
import { ApiError, NETWORK_ERROR, UNKNOWN_ERROR } from './api-error';
import { unwrap, unwrapEmpty } from './unwrap';

const ok = (data: unknown, status = 200) => Promise.resolve({ data, response: new Response(null, { status }) });
const failed = (status: number, error: unknown) => Promise.resolve({ error, response: new Response(null, { status }) });

describe('unwrap', () => {
  it('returns the body of a successful call', async () => {
    await expect(unwrap(ok({ id: '1' }))).resolves.toEqual({ id: '1' });
  });

  it('throws the API error with code, status, details and request id', async () => {
    const body = { statusCode: 409, code: 'EMAIL_TAKEN', message: 'taken', details: { x: 1 }, requestId: 'r1' };
    const error = await unwrap(failed(409, body)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: 'EMAIL_TAKEN', details: { x: 1 }, requestId: 'r1' });
  });

  it('turns a body that is not the error shape into UNKNOWN_ERROR with the status', async () => {
    await expect(unwrap(failed(502, '<html>Bad gateway</html>'))).rejects.toMatchObject({
      status: 502,
      code: UNKNOWN_ERROR,
    });
  });

  it('turns a failed fetch into NETWORK_ERROR', async () => {
    await expect(unwrap(Promise.reject(new TypeError('Failed to fetch')))).rejects.toMatchObject({
      status: 0,
      code: NETWORK_ERROR,
    });
  });
});

describe('unwrapEmpty', () => {
  it('resolves for 204', async () => {
    await expect(unwrapEmpty(ok(undefined, 204))).resolves.toBeUndefined();
  });

  it('throws for errors', async () => {
    await expect(unwrapEmpty(failed(409, { statusCode: 409, code: 'LAST_ADMIN', message: 'last' }))).rejects.toMatchObject({
      code: 'LAST_ADMIN',
    });
  });
});
