import { QUERY_ROOTS } from '../../../api/query-keys';

export const privacyQueryKeys = {
  anonymizationStatus: [QUERY_ROOTS.anonymizationStatus] as const,
};
