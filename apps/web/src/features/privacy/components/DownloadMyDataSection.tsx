import { useTranslation } from 'react-i18next';
import { useDownloadMyData } from '../hooks/useMyData';
import { DownloadCard } from './DownloadCard';

export function DownloadMyDataSection() {
  const { t } = useTranslation();
  const download = useDownloadMyData();
  return (
    <DownloadCard
      title={t('privacy.myData.download.title')}
      description={t('privacy.myData.download.description')}
      buttonLabel={t('privacy.myData.download.button')}
      download={download}
    />
  );
}
