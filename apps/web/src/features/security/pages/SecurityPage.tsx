import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { SectionCard } from '../../../components/SectionCard';
import { AccountBreadcrumbs } from '../../account';
import { useSignedInUser } from '../../auth';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { PasskeysSection } from '../components/PasskeysSection';
import { SignInSessionsSection } from '../components/SignInSessionsSection';
import { TwoFactorSection } from '../components/TwoFactorSection';

export function SecurityPage() {
  const { t } = useTranslation();
  const me = useSignedInUser();
  return (
    <Stack maw={820} gap="lg">
      <AccountBreadcrumbs current={t('security.title')} />
      <PageHeader title={t('security.title')} description={t('security.description')} />
      <TwoFactorSection me={me} />
      <PasskeysSection />
      <SectionCard title={t('security.password.title')} description={t('security.password.description')}>
        <ChangePasswordForm me={me} />
      </SectionCard>
      <SignInSessionsSection />
    </Stack>
  );
}
