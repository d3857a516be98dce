import { QUERY_ROOTS } from '../../../api/query-keys';

/** Query keys of the security feature (the signed-in person itself lives under authQueryKeys.session). */
export const securityQueryKeys = {
  signInSessions: [QUERY_ROOTS.signInSessions] as const,
  recoveryCodesLeft: [QUERY_ROOTS.recoveryCodesLeft] as const,
  passkeys: [QUERY_ROOTS.passkeys] as const,
};
