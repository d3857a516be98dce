import { Anchor, Breadcrumbs, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { SectionCard } from '../../../components/SectionCard';
import { useSignedInUser } from '../../auth/hooks/session';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { SignInSessionsSection } from '../components/SignInSessionsSection';
import { TwoFactorSection } from '../components/TwoFactorSection';

export function SecurityPage() {
  const { t } = useTranslation();
  const me = useSignedInUser();
  return (
    <Stack maw={820} gap="lg">
      <Breadcrumbs aria-label={t('security.breadcrumbs')}>
        <Anchor component={Link} to="/account" size="sm">
          {t('account.title')}
        </Anchor>
        <span aria-current="page" style={{ fontSize: 'var(--mantine-font-size-sm)' }}>
          {t('security.title')}
        </span>
      </Breadcrumbs>
      <PageHeader title={t('security.title')} description={t('security.description')} />
      <TwoFactorSection me={me} />
      <SectionCard title={t('security.password.title')} description={t('security.password.description')}>
        <ChangePasswordForm me={me} />
      </SectionCard>
      <SignInSessionsSection />
    </Stack>
  );
}
