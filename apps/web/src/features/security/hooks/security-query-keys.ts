/** Query keys of the security feature (the signed-in person itself lives under authQueryKeys.session). */
export const securityQueryKeys = {
  signInSessions: ['sign-in-sessions'] as const,
  recoveryCodesLeft: ['recovery-codes-left'] as const,
};
