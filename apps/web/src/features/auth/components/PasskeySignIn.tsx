import { Button, Divider, Stack } from '@mantine/core';
import { IconFingerprint } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../components/FormError';
import { usePasskeyErrorMessage } from '../../../lib/usePasskeyErrorMessage';
import { passkeysSupported } from '../../../lib/webauthn-problem';
import { usePasskeySignIn } from '../hooks/usePasskeySignIn';

/** The login page's "Sign in with a passkey"; hidden where the browser has no passkeys at all. */
export function PasskeySignIn() {
  const { t } = useTranslation();
  const problemMessage = usePasskeyErrorMessage();
  const signIn = usePasskeySignIn();
  if (!passkeysSupported()) return null;
  return (
    <Stack gap="md">
      <Divider label={t('auth.login.or')} labelPosition="center" />
      {signIn.isError && <FormError>{problemMessage(signIn.error)}</FormError>}
      <Button
        variant="default"
        fullWidth
        leftSection={<IconFingerprint size={18} aria-hidden />}
        loading={signIn.isPending}
        onClick={() => {
          signIn.mutate();
        }}
      >
        {t('auth.login.passkey')}
      </Button>
    </Stack>
  );
}
