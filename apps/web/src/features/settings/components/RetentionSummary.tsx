import { Alert } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { retentionDays, type Retention } from '../../../lib/retention-days';

/** The retention setting as one plain sentence of what will happen to bookings. */
export function RetentionSummary({ retention }: { retention: Retention }) {
  const { t } = useTranslation();
  return (
    <Alert variant="light" color="indigo" icon={<IconInfoCircle aria-hidden />} aria-live="polite">
      {t(`settings.privacy.retention.summary.${retention.mode}`, { count: retentionDays(retention) })}
    </Alert>
  );
}
