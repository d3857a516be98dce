/** What other features may use of security: the 2FA policy rule. */
export { policyRequiresTwoFactor } from './enrolment';
