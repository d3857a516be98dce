import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useValidationMessage } from '../../../forms/useFieldValidators';
import { checkRequired, checkTotpCode } from '../../../forms/validators';
import { passwordAndCodeFieldError } from '../password-and-code-errors';

/**
 * The form of a "password and a code" confirmation (turning 2FA off, new recovery codes), and how a
 * refusal lands on the field at fault. `aboveFormError` gives what is left for above the form.
 */
export function usePasswordAndCodeForm() {
  const { t } = useTranslation();
  const message = useValidationMessage();
  const form = useForm({
    initialValues: { password: '', code: '' },
    validate: {
      password: (value) => message(checkRequired(value)),
      code: (value) => message(checkTotpCode(value)),
    },
  });
  const showRefusal = (error: unknown) => {
    const placement = passwordAndCodeFieldError(error);
    if (placement) form.setFieldError(placement.field, t(`errors.${placement.code}`));
  };
  const aboveFormError = (error: unknown) => (error !== null && passwordAndCodeFieldError(error) === null ? error : null);
  return { form, showRefusal, aboveFormError };
}
