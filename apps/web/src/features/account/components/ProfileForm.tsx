import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../../api/error-messages';
import type { Me } from '../../../api/types';
import { useValidationMessage } from '../../../forms/useFieldValidators';
import { checkRequired } from '../../../forms/validators';
import { useUpdateMe } from '../hooks/useUpdateMe';

export function ProfileForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const message = useValidationMessage();
  const updateMe = useUpdateMe();
  const form = useForm({
    initialValues: { displayName: me.displayName },
    validate: { displayName: (value) => message(checkRequired(value)) },
  });

  const handleSubmit = form.onSubmit(({ displayName }) => {
    updateMe.mutate(
      { displayName: displayName.trim() },
      {
        onSuccess: (saved) => {
          form.setInitialValues({ displayName: saved.displayName });
          form.reset();
          notifications.show({ color: 'green', message: t('account.profile.saved') });
        },
        onError: (error) => {
          form.setFieldError('displayName', t(errorMessageKey(error)));
        },
      },
    );
  });

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <TextInput label={t('account.profile.displayName')} autoComplete="name" required {...form.getInputProps('displayName')} />
        <Group>
          <Button type="submit" loading={updateMe.isPending} disabled={!form.isDirty()}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
