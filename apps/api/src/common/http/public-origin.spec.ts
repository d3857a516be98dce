import { describe, expect, it } from 'vitest';
import { publicOrigin } from './public-origin.js';

const request = (protocol: string, host: string | undefined) => ({
  protocol,
  get: ((name: string) => (name.toLowerCase() === 'host' ? host : undefined)) as never,
});

describe('publicOrigin', () => {
  it('prefers PUBLIC_URL over the request', () => {
    expect(publicOrigin({ publicUrl: 'https://desks.example.com' }, request('http', 'internal:3000'))).toBe('https://desks.example.com');
  });

  it("falls back to the request's protocol and host", () => {
    expect(publicOrigin({ publicUrl: null }, request('https', 'desks.example.com'))).toBe('https://desks.example.com');
  });
});
