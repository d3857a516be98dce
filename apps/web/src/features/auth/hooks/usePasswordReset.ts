import type { Schemas } from '@deskbook/api-client';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap, unwrapEmpty } from '../../../api/unwrap';

export type PasswordResetConfirmInput = Schemas['PasswordResetConfirmDto'];

/** Asks for a reset link; the API answers the same whether or not the address has an account. */
export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (email: string) => unwrap(api.POST('/api/auth/password-reset', { body: { email } })),
  });
}

export function useConfirmPasswordReset() {
  return useMutation({
    mutationFn: (input: PasswordResetConfirmInput) => unwrapEmpty(api.POST('/api/auth/password-reset/confirm', { body: input })),
  });
}
