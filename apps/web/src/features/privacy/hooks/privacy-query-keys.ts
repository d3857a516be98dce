export const privacyQueryKeys = {
  anonymizationStatus: ['anonymization-status'] as const,
};
