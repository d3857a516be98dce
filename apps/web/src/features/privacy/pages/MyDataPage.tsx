import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { AccountBreadcrumbs } from '../../account';
import { DeleteAccountSection } from '../components/DeleteAccountSection';
import { DownloadMyDataSection } from '../components/DownloadMyDataSection';
import { StoredDataSection } from '../components/StoredDataSection';

/** "My data" for everyone: what is stored, a copy of it, and erasing the account. */
export function MyDataPage() {
  const { t } = useTranslation();
  return (
    <Stack maw={820} gap="lg">
      <AccountBreadcrumbs current={t('privacy.myData.title')} />
      <PageHeader title={t('privacy.myData.title')} description={t('privacy.myData.description')} />
      <StoredDataSection />
      <DownloadMyDataSection />
      <DeleteAccountSection />
    </Stack>
  );
}
