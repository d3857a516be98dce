import { Alert } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TenantSettings } from '../../../api/types';

/** The retention setting as one plain sentence of what will happen to bookings. */
export function RetentionSummary({ retention }: { retention: TenantSettings['privacy']['retention'] }) {
  const { t } = useTranslation();
  const days = typeof retention.afterDays === 'number' ? retention.afterDays : 0;
  return (
    <Alert variant="light" color="indigo" icon={<IconInfoCircle aria-hidden />} aria-live="polite">
      {t(`settings.privacy.retention.summary.${retention.mode}`, { count: days })}
    </Alert>
  );
}
