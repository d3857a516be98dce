import { browserSupportsWebAuthn } from '@simplewebauthn/browser';

/**
 * What went wrong on the browser's side of a passkey ceremony, in words people can act on. The
 * browser reports a person closing its dialog and a timeout alike (NotAllowedError), on purpose,
 * so both read as "cancelled".
 */
export type WebAuthnProblem = 'cancelled' | 'unsupported' | 'alreadyRegistered' | 'failed';

/** null: not a WebAuthn failure of the browser (an API error, say), to be shown as such. */
export function webAuthnProblem(error: unknown): WebAuthnProblem | null {
  if (!(error instanceof Error)) return null;
  switch (error.name) {
    case 'NotAllowedError':
    case 'AbortError':
      return 'cancelled';
    case 'NotSupportedError':
      return 'unsupported';
    case 'InvalidStateError':
      return 'alreadyRegistered';
    case 'SecurityError':
    case 'ConstraintError':
    case 'UnknownError':
      return 'failed';
    default:
      // @simplewebauthn/browser's own refusal when the browser has no WebAuthn at all.
      return /WebAuthn is not supported/i.test(error.message) ? 'unsupported' : null;
  }
}

/** Whether this browser can use passkeys at all (no WebAuthn: old browsers, some in-app web views). */
export const passkeysSupported = (): boolean => browserSupportsWebAuthn();
