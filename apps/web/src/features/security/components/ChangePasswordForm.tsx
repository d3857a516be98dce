import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { hasErrorCode } from '../../../api/api-error';
import type { Me } from '../../../api/types';
import { useErrorMessage } from '../../../api/useErrorMessage';
import { FormError } from '../../../components/FormError';
import { serverFieldErrors } from '../../../forms/server-errors';
import { useValidationMessage } from '../../../forms/useFieldValidators';
import { checkNewPassword, checkRequired } from '../../../forms/validators';
import { NewPasswordField, passwordUserInputs, WeakPasswordHints } from '../../auth';
import { useChangePassword, type ChangePasswordInput } from '../hooks/useChangePassword';

const FIELD_BY_CODE = { PASSWORD_INCORRECT: 'currentPassword', WEAK_PASSWORD: 'newPassword' } as const;
const INITIAL_VALUES: ChangePasswordInput = { currentPassword: '', newPassword: '' };

export function ChangePasswordForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const message = useValidationMessage();
  const errorMessage = useErrorMessage();
  const changePassword = useChangePassword();
  const form = useForm<ChangePasswordInput>({
    initialValues: INITIAL_VALUES,
    validate: {
      currentPassword: (value) => message(checkRequired(value)),
      newPassword: (value, values) =>
        message(checkNewPassword(value)) ?? (value === values.currentPassword ? t('security.password.sameAsCurrent') : null),
    },
  });
  const userInputs = useMemo(() => passwordUserInputs(me.tenantName, me.displayName, me.email), [me.tenantName, me.displayName, me.email]);
  const hasField = (path: string) => path in INITIAL_VALUES;

  const handleSubmit = form.onSubmit((values) => {
    changePassword.mutate(values, {
      onSuccess: () => {
        form.reset();
        notifications.show({
          color: 'green',
          title: t('security.password.changed'),
          message: t('security.password.otherSessionsEnded'),
        });
      },
      onError: (error) => {
        const fieldErrors = serverFieldErrors(error, hasField, FIELD_BY_CODE);
        form.setErrors(Object.fromEntries(Object.entries(fieldErrors).map(([field, key]) => [field, t(key)])));
      },
    });
  });

  const formError =
    changePassword.isError &&
    !hasErrorCode(changePassword.error, 'WEAK_PASSWORD') &&
    Object.keys(serverFieldErrors(changePassword.error, hasField, FIELD_BY_CODE)).length === 0
      ? changePassword.error
      : null;

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md" maw={420}>
        {formError !== null && <FormError>{errorMessage(formError)}</FormError>}
        {/* For password managers: whose password this is. */}
        <input type="text" name="username" autoComplete="username" value={me.email} readOnly hidden />
        <PasswordInput
          label={t('security.password.current')}
          autoComplete="current-password"
          required
          {...form.getInputProps('currentPassword')}
        />
        <NewPasswordField
          label={t('security.password.new')}
          description={t('security.password.newHint')}
          required
          userInputs={userInputs}
          {...form.getInputProps('newPassword')}
          value={form.values.newPassword}
        />
        <WeakPasswordHints error={changePassword.error} />
        <Group>
          <Button type="submit" loading={changePassword.isPending}>
            {t('security.password.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
