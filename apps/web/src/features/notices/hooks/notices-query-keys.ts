import { QUERY_ROOTS } from '../../../api/query-keys';
import type { NoticeLanguage } from '../types';

export const noticesQueryKeys = {
  current: (lang: NoticeLanguage, since: string | null) => [QUERY_ROOTS.privacyNotice, 'current', lang, since] as const,
  signup: (lang: NoticeLanguage) => [QUERY_ROOTS.privacyNotice, 'signup', lang] as const,
  preview: (lang: NoticeLanguage) => [QUERY_ROOTS.noticePreview, lang] as const,
  versions: (lang: NoticeLanguage) => [QUERY_ROOTS.noticeVersions, lang] as const,
};
