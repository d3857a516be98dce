import { Alert, Button, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertCircle, IconBuildingSkyscraper } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSsoDiscovery } from '../hooks/useSso';
import { isSameOriginPath, ssoErrorOf } from '../sso-login';

/**
 * On the login page: why single sign-on failed (`?sso_error=`), and, once the typed address belongs
 * to an organization with single sign-on, the way to its provider as the main action. The password
 * fields stay below it for administrators' break-glass access.
 */
export function SsoLoginOffer({ email }: { email: string }) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const error = ssoErrorOf(search);
  const [debouncedEmail] = useDebouncedValue(email, 400);
  const discovery = useSsoDiscovery(debouncedEmail);
  const loginUrl =
    discovery.data?.sso && discovery.data.loginUrl && isSameOriginPath(discovery.data.loginUrl) ? discovery.data.loginUrl : null;
  return (
    <>
      {error !== null && (
        <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert" title={t('sso.login.failedTitle')}>
          {t(`sso.errors.${error}`)}
        </Alert>
      )}
      {loginUrl !== null && (
        <Stack gap="xs">
          <Button component="a" href={loginUrl} fullWidth size="md" leftSection={<IconBuildingSkyscraper size={18} aria-hidden />}>
            {t('sso.login.continue')}
          </Button>
          <Text size="sm" c="dimmed" role="status">
            {t('sso.login.passwordInstead')}
          </Text>
        </Stack>
      )}
    </>
  );
}
