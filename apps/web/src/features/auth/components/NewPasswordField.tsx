import { PasswordInput, Stack, type PasswordInputProps } from '@mantine/core';
import { useId } from 'react';
import { usePasswordStrength } from '../password-strength/usePasswordStrength';
import { PasswordStrengthMeter } from './PasswordStrengthMeter';

interface NewPasswordFieldProps extends Omit<PasswordInputProps, 'value'> {
  value: string;
  /** Company, name, e-mail…: words the password should not be built from (memoised). */
  userInputs: readonly string[];
}

/** Password input for choosing a new password, with live strength hints below it. */
export function NewPasswordField({ value, userInputs, ...inputProps }: NewPasswordFieldProps) {
  const strength = usePasswordStrength(value, userInputs);
  const meterId = useId();
  return (
    <Stack gap={6}>
      <PasswordInput value={value} autoComplete="new-password" {...inputProps} />
      <PasswordStrengthMeter state={strength} id={meterId} />
    </Stack>
  );
}
