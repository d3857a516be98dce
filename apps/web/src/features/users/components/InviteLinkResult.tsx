import { Alert, Button, CopyButton, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconMailCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../api/types';

interface InviteLinkResultProps {
  user: User;
  link: string;
  onDone: () => void;
  onInviteAnother: () => void;
}

/** The one moment the invite link is visible: it is not stored anywhere the admin could find it later. */
export function InviteLinkResult({ user, link, onDone, onInviteAnother }: InviteLinkResultProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert color="green" variant="light" icon={<IconMailCheck aria-hidden />} role="status">
        {t('users.invite.created', { name: user.displayName })}
      </Alert>
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <TextInput
          label={t('users.invite.linkLabel')}
          description={t('users.invite.linkHint', { email: user.email })}
          value={link}
          readOnly
          onFocus={(event) => {
            event.currentTarget.select();
          }}
          style={{ flex: 1 }}
        />
        <CopyButton value={link} timeout={2000}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? t('common.copied') : t('common.copy')} withArrow>
              <Button
                variant={copied ? 'filled' : 'light'}
                color={copied ? 'teal' : undefined}
                onClick={copy}
                leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
              >
                {copied ? t('common.copied') : t('users.invite.copy')}
              </Button>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
      <Text size="sm" c="dimmed">
        {t('users.invite.linkOnce')}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onInviteAnother}>
          {t('users.invite.another')}
        </Button>
        <Button onClick={onDone}>{t('common.done')}</Button>
      </Group>
    </Stack>
  );
}
