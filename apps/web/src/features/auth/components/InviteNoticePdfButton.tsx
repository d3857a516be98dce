import { Button, Text } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../api/useErrorMessage';
import { useOpenInviteNoticePdf } from '../hooks/useInvite';

/** "Read the privacy notice (PDF)" on the invite page, for an organization whose notice is a PDF. */
export function InviteNoticePdfButton({ inviteToken }: { inviteToken: string }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const open = useOpenInviteNoticePdf();
  return (
    <>
      <Button
        variant="light"
        size="xs"
        leftSection={<IconFileTypePdf size={16} aria-hidden />}
        loading={open.isPending}
        onClick={() => open.mutate(inviteToken)}
      >
        {t('notices.readPdf')}
      </Button>
      {open.isError && (
        <Text size="sm" c="red.8" role="alert">
          {errorMessage(open.error)}
        </Text>
      )}
    </>
  );
}
