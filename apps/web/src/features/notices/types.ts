import type { Schemas } from '@deskbook/api-client';

export type CurrentNotice = Schemas['CurrentNoticeDto'];
export type NoticeChange = Schemas['NoticeChangeDto'];
export type NoticePreview = Schemas['NoticePreviewDto'];
export type NoticeVersion = Schemas['NoticeVersionDto'];
export type NoticeLanguage = CurrentNotice['lang'];

/** Languages a notice is written in; English is required for a custom notice (the API's fallback). */
export const NOTICE_LANGUAGES = ['en', 'de'] as const satisfies readonly NoticeLanguage[];
