import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconMailCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../api/types';
import { CopyField } from '../../../components/CopyField';

interface InviteLinkResultProps {
  user: User;
  /** The server mailed the link to the person. */
  mailed: boolean;
  link: string;
  onDone: () => void;
  onInviteAnother: () => void;
}

/** The one moment the invite link is visible: it is not stored anywhere the admin could find it later. */
export function InviteLinkResult({ user, mailed, link, onDone, onInviteAnother }: InviteLinkResultProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert color="green" variant="light" icon={<IconMailCheck aria-hidden />} role="status">
        {t(mailed ? 'users.invite.createdAndMailed' : 'users.invite.created', { name: user.displayName, email: user.email })}
      </Alert>
      <CopyField
        label={t('users.invite.linkLabel')}
        description={t(mailed ? 'users.invite.linkHintMailed' : 'users.invite.linkHint', { email: user.email })}
        value={link}
        copyLabel={t('users.invite.copy')}
      />
      <Text size="sm" c="dimmed">
        {t(mailed ? 'users.invite.linkOnceMailed' : 'users.invite.linkOnce')}
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
