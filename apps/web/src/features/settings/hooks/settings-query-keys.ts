export const settingsQueryKeys = {
  tenant: ['tenant-settings'] as const,
};
