import { Button, CopyButton, Group, TextInput } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { groupSecret, normalizeSecret } from '../secret-key';

/** The secret for typing it in by hand: grouped to read, copied without the spaces. */
export function SecretKeyField({ secret }: { secret: string }) {
  const { t } = useTranslation();
  return (
    <Group align="flex-end" gap="xs" wrap="nowrap">
      <TextInput
        label={t('security.twoFactor.setup.scan.keyLabel')}
        description={t('security.twoFactor.setup.scan.keyHint')}
        value={groupSecret(secret)}
        readOnly
        onFocus={(event) => {
          event.currentTarget.select();
        }}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', letterSpacing: '0.05em' } }}
        style={{ flex: 1 }}
        maw={420}
      />
      <CopyButton value={normalizeSecret(secret)} timeout={2000}>
        {({ copied, copy }) => (
          <Button
            variant={copied ? 'filled' : 'light'}
            color={copied ? 'teal' : undefined}
            onClick={copy}
            leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
          >
            {copied ? t('common.copied') : t('security.twoFactor.setup.scan.copyKey')}
          </Button>
        )}
      </CopyButton>
    </Group>
  );
}
