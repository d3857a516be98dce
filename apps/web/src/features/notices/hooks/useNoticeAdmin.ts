import type { Schemas } from '@deskbook/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { invalidateAfter } from '../../../api/query-keys';
import { tenantSettingsQueryKey } from '../../../api/tenant-settings';
import type { TenantSettings } from '../../../api/types';
import { unwrap } from '../../../api/unwrap';
import type { NoticeLanguage } from '../types';
import { noticesQueryKeys } from './notices-query-keys';

/** What `generated` would publish now, from the live settings, with the organization data it lacks. */
export function useNoticePreview(lang: NoticeLanguage, enabled = true) {
  return useQuery({
    queryKey: noticesQueryKeys.preview(lang),
    queryFn: () => unwrap(api.GET('/api/privacy-notice/preview', { params: { query: { lang } } })),
    enabled,
  });
}

/** Every published version, newest first, with its acceptance rate. */
export function useNoticeVersions(lang: NoticeLanguage) {
  return useQuery({
    queryKey: noticesQueryKeys.versions(lang),
    queryFn: () => unwrap(api.GET('/api/privacy-notice/versions', { params: { query: { lang } } })),
  });
}

export type PublishNoticeInput =
  | { source: 'generated'; changeSummary?: string }
  | { source: 'custom'; bodies: Partial<Record<NoticeLanguage, string>>; changeSummary?: string }
  | { source: 'pdf'; file: File; changeSummary?: string };

function publishRequest(input: PublishNoticeInput) {
  if (input.source === 'pdf') {
    const form = new FormData();
    form.append('source', 'custom');
    form.append('file', input.file);
    if (input.changeSummary) form.append('changeSummary', input.changeSummary);
    // The OpenAPI type calls the binary field a string; the client sends FormData as multipart.
    return api.POST('/api/privacy-notice/versions', { body: form as unknown as { file: string } });
  }
  const body: Schemas['PublishNoticeDto'] = {
    source: input.source,
    ...(input.changeSummary ? { changeSummary: input.changeSummary } : {}),
  };
  // `bodies` is a language → Markdown map; the generated type knows it only as an object.
  if (input.source === 'custom') body.bodies = input.bodies as Schemas['PublishNoticeDto']['bodies'];
  return api.POST('/api/privacy-notice/versions', { body });
}

export function usePublishNotice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PublishNoticeInput) => unwrap(publishRequest(input)),
    onSuccess: () => invalidateAfter(queryClient, 'noticePublished'),
  });
}

/** Switches between the generated notice and the organization's own (privacy.noticeMode). */
export function useSetNoticeMode() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (noticeMode: TenantSettings['privacy']['noticeMode']) =>
      unwrap(api.PATCH('/api/tenant/settings', { body: { privacy: { noticeMode } } })),
    onSuccess: (saved) => {
      queryClient.setQueryData(tenantSettingsQueryKey, saved);
    },
  });
}
