import type { QueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { Me } from '../../../api/types';
import { unwrap } from '../../../api/unwrap';
import { currentLanguage } from '../../../lib/languages';
import { authQueryKeys, forgetEverythingButSession } from './auth-query-keys';
import { fetchSession } from './session';

/**
 * After the API has set the session cookie: forget whatever was cached for the previous visitor and
 * load the new person. A brand-new account takes over the language the person used to create it.
 */
export async function establishSession(queryClient: QueryClient, options: { adoptInterfaceLanguage: boolean }): Promise<Me | null> {
  forgetEverythingButSession(queryClient);
  let me = await fetchSession();
  const language = currentLanguage();
  if (me && options.adoptInterfaceLanguage && me.locale !== language) {
    me = await unwrap(api.PATCH('/api/me', { body: { locale: language } }));
  }
  queryClient.setQueryData(authQueryKeys.session, me);
  return me;
}
