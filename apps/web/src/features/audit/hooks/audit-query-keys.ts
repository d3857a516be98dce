export const auditQueryKeys = {
  all: ['audit-log'] as const,
  list: (range: { from?: string; to?: string }) => [...auditQueryKeys.all, range] as const,
};
