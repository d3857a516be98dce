import { Divider, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { passkeysSupported } from '../../../lib/webauthn-problem';
import { AddPasskeyModal } from './AddPasskeyModal';
import { AddPasskeyButton } from './PasskeysSection';

/**
 * The enrolment screen's alternative to an authenticator app: a passkey counts as two factors. Once
 * one is added the profile no longer asks for enrolment and the screen sends the person on.
 */
export function PasskeyEnrolmentOption() {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  if (!passkeysSupported()) return null;
  return (
    <Stack gap="sm">
      <Divider label={t('security.enrolment.or')} labelPosition="center" />
      <Title order={2} size="h4">
        {t('security.enrolment.passkey.title')}
      </Title>
      <Text size="sm">{t('security.enrolment.passkey.body')}</Text>
      <div>
        <AddPasskeyButton
          variant="default"
          onClick={() => {
            setAdding(true);
          }}
        />
      </div>
      {adding && (
        <AddPasskeyModal
          onClose={() => {
            setAdding(false);
          }}
        />
      )}
    </Stack>
  );
}
