import { Affix, Alert } from '@mantine/core';
import { IconDatabaseOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useServiceOutage } from './service-outage';

/**
 * Says that Deskbook cannot reach its database while that lasts, over whatever page is open: the page
 * and the session stay (reads retry on their own), so this only explains why nothing loads.
 */
export function DatabaseOutageBanner() {
  const { t } = useTranslation();
  if (!useServiceOutage()) return null;
  return (
    <Affix position={{ bottom: 16, left: 16 }} zIndex={300}>
      <Alert color="yellow" variant="filled" icon={<IconDatabaseOff size={20} aria-hidden />} maw={420}>
        {t('states.databaseOutage')}
      </Alert>
    </Affix>
  );
}
