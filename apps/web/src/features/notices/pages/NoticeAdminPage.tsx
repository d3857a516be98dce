import { Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTenantSettings } from '../../../api/tenant-settings';
import { ErrorState } from '../../../components/ErrorState';
import { PageHeader } from '../../../components/PageHeader';
import { ComplianceSection } from '../components/ComplianceSection';
import { CustomNoticeSection } from '../components/CustomNoticeSection';
import { GeneratedNoticeSection } from '../components/GeneratedNoticeSection';
import { NoticeModeSection } from '../components/NoticeModeSection';
import { NoticeVersionsSection } from '../components/NoticeVersionsSection';
import { useNoticeLanguage } from '../hooks/useNotice';
import { useNoticeVersions } from '../hooks/useNoticeAdmin';

/** Tenant admins: the notice's mode, its preview or editor, publishing, versions and acceptance, compliance documents. */
export function NoticeAdminPage() {
  const { t } = useTranslation();
  const settings = useTenantSettings();
  const versions = useNoticeVersions(useNoticeLanguage());
  // Versions come newest first; the next publication gets the number after the newest.
  const nextVersion = (versions.data?.[0]?.version ?? 0) + 1;

  let editor;
  if (settings.isPending) editor = <Skeleton height={360} role="status" aria-label={t('states.loading')} />;
  else if (settings.isError) editor = <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />;
  else {
    const mode = settings.data.privacy.noticeMode;
    editor = (
      <>
        <NoticeModeSection mode={mode} />
        {mode === 'generated' ? <GeneratedNoticeSection nextVersion={nextVersion} /> : <CustomNoticeSection nextVersion={nextVersion} />}
      </>
    );
  }

  return (
    <Stack maw={980} gap="lg">
      <PageHeader title={t('notices.admin.title')} description={t('notices.admin.description')} />
      {editor}
      <NoticeVersionsSection versions={versions} />
      <ComplianceSection />
    </Stack>
  );
}
