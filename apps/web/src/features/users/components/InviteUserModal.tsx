import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../../api/error-messages';
import type { InviteResponse } from '../../../api/types';
import { FormError } from '../../../components/FormError';
import { serverFieldErrors } from '../../../forms/server-errors';
import { useValidationMessage } from '../../../forms/useFieldValidators';
import { checkEmail, checkRequired } from '../../../forms/validators';
import { inviteLink } from '../../auth';
import { useInviteUser, type InviteUserInput } from '../hooks/useUserMutations';
import { InviteLinkResult } from './InviteLinkResult';
import { RoleSelect } from './RoleSelect';

interface InviteUserModalProps {
  opened: boolean;
  onClose: () => void;
  /** The server mails invitations (the link is still shown, for a person who cannot find the mail). */
  mailed: boolean;
}

const INITIAL_VALUES: InviteUserInput = { email: '', displayName: '', role: 'employee' };

export function InviteUserModal({ opened, onClose, mailed }: InviteUserModalProps) {
  const { t } = useTranslation();
  const message = useValidationMessage();
  const invite = useInviteUser();
  const [result, setResult] = useState<InviteResponse | null>(null);
  const form = useForm<InviteUserInput>({
    initialValues: INITIAL_VALUES,
    validate: {
      email: (value) => message(checkEmail(value)),
      displayName: (value) => message(checkRequired(value)),
    },
  });

  const startOver = () => {
    setResult(null);
    form.reset();
    invite.reset();
  };
  const close = () => {
    startOver();
    onClose();
  };

  const handleSubmit = form.onSubmit((values) => {
    invite.mutate(
      { ...values, email: values.email.trim(), displayName: values.displayName.trim() },
      {
        onSuccess: setResult,
        onError: (error) => {
          const fieldErrors = serverFieldErrors(error, (path) => path in values, { EMAIL_TAKEN: 'email' });
          form.setErrors(Object.fromEntries(Object.entries(fieldErrors).map(([field, key]) => [field, t(key)])));
        },
      },
    );
  });

  const formError = invite.isError && Object.keys(serverFieldErrors(invite.error, () => true, { EMAIL_TAKEN: 'email' })).length === 0;

  return (
    <Modal opened={opened} onClose={close} title={t('users.invite.title')} size="lg">
      {result ? (
        <InviteLinkResult
          user={result.user}
          mailed={mailed}
          link={inviteLink(window.location.origin, result.inviteToken)}
          onDone={close}
          onInviteAnother={startOver}
        />
      ) : (
        <form onSubmit={handleSubmit} noValidate>
          <Stack gap="md">
            {formError && <FormError>{t(errorMessageKey(invite.error))}</FormError>}
            <TextInput label={t('users.invite.email')} type="email" required data-autofocus {...form.getInputProps('email')} />
            <TextInput label={t('users.invite.displayName')} required {...form.getInputProps('displayName')} />
            <RoleSelect
              label={t('users.invite.role')}
              description={t('users.invite.roleHint')}
              value={form.values.role}
              onChange={(role) => {
                form.setFieldValue('role', role);
              }}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={invite.isPending}>
                {t('users.invite.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
