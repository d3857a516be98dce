import { useTranslation } from 'react-i18next';
import { useDownloadCompanyExport } from '../hooks/useMyData';
import { DownloadCard } from './DownloadCard';

/** Settings card for tenant admins: the whole company's data as one JSON file (GET /admin/export). */
export function CompanyExportCard() {
  const { t } = useTranslation();
  const download = useDownloadCompanyExport();
  return (
    <DownloadCard
      title={t('privacy.companyExport.title')}
      description={t('privacy.companyExport.description')}
      buttonLabel={t('privacy.companyExport.button')}
      download={download}
    />
  );
}
