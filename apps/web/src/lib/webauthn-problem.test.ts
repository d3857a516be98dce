import { describe, expect, it } from 'vitest';
import { webAuthnProblem } from './webauthn-problem';

const named = (name: string, message = 'x') => Object.assign(new Error(message), { name });

describe('webAuthnProblem', () => {
  it('reads a closed dialog or a timeout as cancelled', () => {
    expect(webAuthnProblem(named('NotAllowedError'))).toBe('cancelled');
    expect(webAuthnProblem(named('AbortError'))).toBe('cancelled');
  });

  it('tells a browser without passkeys apart', () => {
    expect(webAuthnProblem(named('NotSupportedError'))).toBe('unsupported');
    expect(webAuthnProblem(new Error('WebAuthn is not supported in this browser'))).toBe('unsupported');
  });

  it('names an authenticator that already holds a passkey for this account', () => {
    expect(webAuthnProblem(named('InvalidStateError'))).toBe('alreadyRegistered');
  });

  it('leaves API errors and other failures to their own handling', () => {
    expect(webAuthnProblem(named('ApiError'))).toBeNull();
    expect(webAuthnProblem('nope')).toBeNull();
    expect(webAuthnProblem(named('SecurityError'))).toBe('failed');
  });
});
