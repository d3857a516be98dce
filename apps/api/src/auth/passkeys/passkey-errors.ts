import { DomainError } from '../../common/errors/domain-error.js';

/** Anything wrong with a passkey sign-in; one answer, so a caller learns nothing about which part failed. */
export class PasskeyInvalidError extends DomainError {
  constructor() {
    super(401, 'PASSKEY_INVALID', 'This passkey could not sign you in. Try again, or sign in another way.');
  }
}

export class PasskeyRequiredError extends DomainError {
  constructor() {
    super(401, 'PASSKEY_REQUIRED', 'Your company requires two-factor authentication: sign in with your passkey.');
  }
}

export class PasskeyRegistrationFailedError extends DomainError {
  constructor() {
    super(400, 'PASSKEY_REGISTRATION_FAILED', 'The passkey could not be added. Start again.');
  }
}

export class PasskeyExistsError extends DomainError {
  constructor() {
    super(409, 'PASSKEY_EXISTS', 'This passkey is already registered.');
  }
}

export class LastSecondFactorError extends DomainError {
  constructor() {
    super(
      409,
      'LAST_SECOND_FACTOR',
      'Your company requires two-factor authentication, and this is your last second factor. Add another passkey or turn on the authenticator app first.',
    );
  }
}
