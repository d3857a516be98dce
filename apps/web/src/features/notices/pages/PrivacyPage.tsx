import { Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hasErrorCode } from '../../../api/api-error';
import { ErrorState } from '../../../components/ErrorState';
import { PageHeader } from '../../../components/PageHeader';
import { SectionCard } from '../../../components/SectionCard';
import { AccountBreadcrumbs } from '../../account';
import { useSignedInUser } from '../../auth';
import { MyConsentSection } from '../components/MyConsentSection';
import { NoticeText } from '../components/NoticeText';
import { useCurrentNotice } from '../hooks/useNotice';

/** For everyone, always reachable (also while booking waits for a confirmation): the notice and my confirmation. */
export function PrivacyPage() {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const notice = useCurrentNotice(me.consent.acceptedVersionId);

  let text;
  if (notice.isPending) text = <Skeleton height={320} role="status" aria-label={t('states.loading')} />;
  else if (notice.isError) {
    text = hasErrorCode(notice.error, 'NO_NOTICE') ? (
      <Text>{t('notices.gate.noNotice')}</Text>
    ) : (
      <ErrorState error={notice.error} onRetry={() => void notice.refetch()} />
    );
  } else text = <NoticeText notice={notice.data} topLevel={3} />;

  return (
    <Stack maw={820} gap="lg">
      <AccountBreadcrumbs current={t('notices.privacyPage.title')} />
      <PageHeader title={t('notices.privacyPage.title')} description={t('notices.privacyPage.description')} />
      <MyConsentSection me={me} notice={notice.data} />
      <SectionCard title={notice.data?.title ?? t('notices.privacyPage.noticeTitle')}>{text}</SectionCard>
    </Stack>
  );
}
