import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../api/useErrorMessage';
import { useCancelWithReason } from '../hooks/useStaffBookingActions';
import { REASON_MAX_CHARS, reasonProblem } from '../staff-actions';

interface CancelWithReasonModalProps {
  opened: boolean;
  onClose: () => void;
  /** The booking staff cancel: never named by its person, who may be hidden from staff too. */
  booking: { id: string; label: string; when: string } | null;
  onCancelled: () => void;
}

/** Staff cancel someone's booking: a reason is required, and the dialog says the person will read it. */
export function CancelWithReasonModal({ opened, onClose, booking, onCancelled }: CancelWithReasonModalProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const cancel = useCancelWithReason();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const problem = reasonProblem(reason);

  const close = () => {
    setReason('');
    setTouched(false);
    onClose();
  };
  const submit = () => {
    setTouched(true);
    if (!booking || problem) return;
    cancel.mutate(
      { id: booking.id, reason },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('staffActions.cancel.done', { label: booking.label }) });
          close();
          onCancelled();
        },
        onError: (error) => {
          notifications.show({ color: 'red', title: t('book.cancelFailed', { label: booking.label }), message: errorMessage(error) });
        },
      },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title={booking ? t('staffActions.cancel.title', { label: booking.label }) : ''}>
      {booking && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Stack gap="sm">
            <Text size="sm">{booking.when}</Text>
            <Textarea
              label={t('staffActions.cancel.reason')}
              description={t('staffActions.cancel.reasonHint')}
              required
              autosize
              minRows={2}
              maxLength={REASON_MAX_CHARS}
              value={reason}
              onChange={(event) => {
                setReason(event.currentTarget.value);
              }}
              onBlur={() => {
                setTouched(true);
              }}
              error={touched && problem ? t(`staffActions.cancel.${problem}`, { max: REASON_MAX_CHARS }) : undefined}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('staffActions.cancel.keep')}
              </Button>
              <Button type="submit" color="red" loading={cancel.isPending}>
                {t('staffActions.cancel.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
