import { Button, Group } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../api/useErrorMessage';
import { FormError } from '../../../components/FormError';
import { SectionCard } from '../../../components/SectionCard';
import { useDownloadMyData } from '../hooks/useMyData';

export function DownloadMyDataSection() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const download = useDownloadMyData();
  return (
    <SectionCard title={t('privacy.myData.download.title')} description={t('privacy.myData.download.description')}>
      {download.isError && <FormError>{errorMessage(download.error)}</FormError>}
      <Group>
        <Button
          variant="light"
          leftSection={<IconDownload size={16} aria-hidden />}
          loading={download.isPending}
          onClick={() => {
            download.mutate();
          }}
        >
          {t('privacy.myData.download.button')}
        </Button>
      </Group>
    </SectionCard>
  );
}
