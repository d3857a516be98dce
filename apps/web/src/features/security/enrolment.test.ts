import { describe, expect, it } from 'vitest';
import { enrolmentRedirect, policyRequiresTwoFactor, TOTP_SETUP_PATH } from './enrolment';

const mustEnrol = { totpEnrollmentRequired: true };
const free = { totpEnrollmentRequired: false };

describe('enrolmentRedirect', () => {
  it('sends people who must set up 2FA from any app page to the enrolment screen', () => {
    expect(enrolmentRedirect(mustEnrol, '/book')).toBe(TOTP_SETUP_PATH);
    expect(enrolmentRedirect(mustEnrol, '/account/security')).toBe(TOTP_SETUP_PATH);
    expect(enrolmentRedirect(mustEnrol, '/admin/settings')).toBe(TOTP_SETUP_PATH);
  });

  it('keeps them on the enrolment screen', () => {
    expect(enrolmentRedirect(mustEnrol, TOTP_SETUP_PATH)).toBeNull();
    expect(enrolmentRedirect(mustEnrol, `${TOTP_SETUP_PATH}/`)).toBeNull();
  });

  it('leaves everyone else where they are', () => {
    expect(enrolmentRedirect(free, '/book')).toBeNull();
    expect(enrolmentRedirect(free, '/account/security')).toBeNull();
  });

  it('sends people who no longer need the enrolment screen on to where they were going', () => {
    expect(enrolmentRedirect(free, TOTP_SETUP_PATH, '/admin/settings')).toBe('/admin/settings');
    expect(enrolmentRedirect(free, TOTP_SETUP_PATH)).toBe('/book');
  });

  it('never continues to another origin or back to the enrolment screen', () => {
    expect(enrolmentRedirect(free, TOTP_SETUP_PATH, 'https://evil.example/')).toBe('/book');
    expect(enrolmentRedirect(free, TOTP_SETUP_PATH, '//evil.example/')).toBe('/book');
    expect(enrolmentRedirect(free, TOTP_SETUP_PATH, TOTP_SETUP_PATH)).toBe('/book');
  });
});

describe('policyRequiresTwoFactor', () => {
  it('covers nobody when off', () => {
    expect(policyRequiresTwoFactor('off', 'tenant_admin')).toBe(false);
    expect(policyRequiresTwoFactor('off', 'employee')).toBe(false);
  });

  it('covers only administrators when set to admins', () => {
    expect(policyRequiresTwoFactor('admins', 'tenant_admin')).toBe(true);
    expect(policyRequiresTwoFactor('admins', 'facility_manager')).toBe(false);
    expect(policyRequiresTwoFactor('admins', 'employee')).toBe(false);
  });

  it('covers every role when set to everyone', () => {
    expect(policyRequiresTwoFactor('everyone', 'employee')).toBe(true);
    expect(policyRequiresTwoFactor('everyone', 'facility_manager')).toBe(true);
  });
});
