export { policyRequiresTwoFactor } from './enrolment';
