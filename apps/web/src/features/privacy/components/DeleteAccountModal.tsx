import { Alert, Anchor, Button, Group, List, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorMessage } from '../../../api/useErrorMessage';
import { FormError } from '../../../components/FormError';
import { useEraseMe } from '../hooks/useMyData';
import { canSubmitErasure, erasureFailure } from '../my-data';

const CONSEQUENCES = ['pastBookings', 'futureBookings', 'signIn', 'final'] as const;

/**
 * Erasing one's own account: irreversible, so it takes the password and a typed word. Mounted only
 * while open, so every opening starts empty.
 */
export function DeleteAccountModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const erase = useEraseMe();
  const word = t('privacy.deleteAccount.modal.word');
  const form = useForm({ initialValues: { password: '', typed: '' } });
  const ready = canSubmitErasure(form.values, word);
  const failure = erase.isError ? erasureFailure(erase.error) : null;

  const handleSubmit = form.onSubmit(({ password, typed }) => {
    if (!canSubmitErasure({ password, typed }, word)) return;
    erase.mutate(
      { password },
      {
        onError: (error) => {
          if (erasureFailure(error) === 'wrong-password') form.setFieldError('password', t('errors.PASSWORD_INCORRECT'));
        },
      },
    );
  });

  return (
    <Modal opened onClose={onClose} title={t('privacy.deleteAccount.modal.title')}>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('privacy.deleteAccount.modal.intro')}</Text>
          <List size="sm" spacing={4}>
            {CONSEQUENCES.map((item) => (
              <List.Item key={item}>{t(`privacy.deleteAccount.modal.consequences.${item}`)}</List.Item>
            ))}
          </List>
          <Text size="sm" c="dimmed">
            {t('privacy.deleteAccount.modal.downloadFirst')}
          </Text>
          {failure === 'last-admin' && (
            <Alert role="alert" color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />}>
              <Trans
                i18nKey="privacy.deleteAccount.modal.lastAdmin"
                components={{ usersLink: <Anchor component={Link} to="/admin/users" size="sm" /> }}
              />
            </Alert>
          )}
          {failure === 'other' && <FormError>{errorMessage(erase.error)}</FormError>}
          <PasswordInput
            label={t('privacy.deleteAccount.modal.password')}
            autoComplete="current-password"
            required
            data-autofocus
            {...form.getInputProps('password')}
          />
          <TextInput label={t('common.typeWord', { word })} autoComplete="off" required {...form.getInputProps('typed')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" disabled={!ready} loading={erase.isPending}>
              {t('privacy.deleteAccount.modal.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
