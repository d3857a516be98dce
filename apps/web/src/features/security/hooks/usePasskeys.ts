import { startRegistration, type PublicKeyCredentialCreationOptionsJSON } from '@simplewebauthn/browser';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { invalidateAfter } from '../../../api/query-keys';
import { unwrap, unwrapEmpty } from '../../../api/unwrap';
import { securityQueryKeys } from './security-query-keys';

export function usePasskeys() {
  return useQuery({
    queryKey: securityQueryKeys.passkeys,
    queryFn: () => unwrap(api.GET('/api/me/passkeys')),
  });
}

/**
 * Adds a passkey: the API's options (after the password), the browser's dialog (startRegistration),
 * then the API checks the answer and stores it under the name.
 */
export function useAddPasskey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { password: string; name: string }) => {
      const { options } = await unwrap(api.POST('/api/me/passkeys/options', { body: { password: input.password } }));
      const response = await startRegistration({ optionsJSON: options as unknown as PublicKeyCredentialCreationOptionsJSON });
      return unwrap(api.POST('/api/me/passkeys', { body: { name: input.name, response: response as unknown as Record<string, unknown> } }));
    },
    onSuccess: () => invalidateAfter(queryClient, 'passkeysChanged'),
  });
}

export function useRenamePasskey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; name: string }) =>
      unwrap(api.PATCH('/api/me/passkeys/{id}', { params: { path: { id: input.id } }, body: { name: input.name } })),
    onSettled: () => invalidateAfter(queryClient, 'passkeysChanged'),
  });
}

export function useRemovePasskey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrapEmpty(api.DELETE('/api/me/passkeys/{id}', { params: { path: { id } } })),
    // Also after a failure: a 404 means it was removed elsewhere, and the list should say so.
    onSettled: () => invalidateAfter(queryClient, 'passkeysChanged'),
  });
}
