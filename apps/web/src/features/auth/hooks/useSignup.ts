import type { Schemas } from '@deskbook/api-client';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/unwrap';

export type SignupInput = Schemas['SignupDto'];

/**
 * Sends the sign-up; the API mails a confirmation link and answers the same for every address, so no
 * session yet: the link (ConfirmEmailPage) signs the person in. Sending the same input again resends the mail.
 */
export function useSignup() {
  return useMutation({
    mutationFn: (input: SignupInput) => unwrap(api.POST('/api/auth/signup', { body: input })),
  });
}
