import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/unwrap';
import { toLanguage } from '../../../lib/languages';
import type { NoticeLanguage } from '../types';
import { noticesQueryKeys } from './notices-query-keys';

/** The notice is read in the language the interface speaks (the API falls back to English). */
export function useNoticeLanguage(): NoticeLanguage {
  const { i18n } = useTranslation();
  return toLanguage(i18n.resolvedLanguage ?? i18n.language);
}

/**
 * The organization's current notice. With `since` (the version the person accepted last) the answer
 * lists what changed after it (`changesSince`).
 */
export function useCurrentNotice(since: string | null = null) {
  const lang = useNoticeLanguage();
  return useQuery({
    queryKey: noticesQueryKeys.current(lang, since),
    queryFn: () => unwrap(api.GET('/api/privacy-notice/current', { params: { query: since ? { lang, since } : { lang } } })),
  });
}

/** The notice a new organization starts with, shown on the sign-up page before the account exists. */
export function useSignupNotice() {
  const lang = useNoticeLanguage();
  return useQuery({
    queryKey: noticesQueryKeys.signup(lang),
    queryFn: () => unwrap(api.GET('/api/auth/signup-notice', { params: { query: { lang } } })),
    retry: false,
    staleTime: Infinity,
  });
}
