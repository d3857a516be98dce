import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../api/types';
import { CopyField } from '../../../components/CopyField';

interface ResendInviteModalProps {
  user: User;
  link: string;
  onClose: () => void;
}

/** After a resend on a server without mail: the new link, to send by hand (the earlier one no longer works). */
export function ResendInviteModal({ user, link, onClose }: ResendInviteModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={t('users.resend.title', { name: user.displayName })} size="lg">
      <Stack gap="md">
        <Text size="sm">{t('users.resend.notMailed')}</Text>
        <CopyField
          label={t('users.invite.linkLabel')}
          description={t('users.invite.linkHint', { email: user.email })}
          value={link}
          copyLabel={t('users.invite.copy')}
        />
        <Group justify="flex-end">
          <Button onClick={onClose}>{t('common.done')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
