import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export const FORGOT_PASSWORD_PATH = '/forgot-password';

/** Under the login form's password field. */
export function ForgotPasswordLink() {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" mt={-8}>
      <Anchor component={Link} to={FORGOT_PASSWORD_PATH} size="sm">
        {t('auth.forgot.link')}
      </Anchor>
    </Group>
  );
}
