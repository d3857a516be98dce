import { startAuthentication, type PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/browser';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/unwrap';
import { establishSession } from './establish-session';

/** Signs in with a passkey: the API's challenge, the browser's passkey dialog, the API checks the answer. */
export function usePasskeySignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const { options } = await unwrap(api.POST('/api/auth/passkey/options'));
      const response = await startAuthentication({ optionsJSON: options as unknown as PublicKeyCredentialRequestOptionsJSON });
      await unwrap(api.POST('/api/auth/passkey', { body: { response: response as unknown as Record<string, unknown> } }));
      return establishSession(queryClient, { adoptInterfaceLanguage: false });
    },
  });
}
