import { Anchor, Group, Stack, Text } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatNoticeDate } from '../format';
import type { CurrentNotice } from '../types';
import { LazyNoticeMarkdown as NoticeMarkdown } from './LazyNoticeMarkdown';

/** A whole notice: version and date, the Markdown (both layers), and the PDF when it is one. */
export function NoticeText({ notice, topLevel = 2 }: { notice: CurrentNotice; topLevel?: 2 | 3 | 4 }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('notices.versionLine', { version: notice.version, date: formatNoticeDate(notice.publishedAt, i18n.language) })}
      </Text>
      {notice.body !== '' && <NoticeMarkdown topLevel={topLevel}>{notice.body}</NoticeMarkdown>}
      {notice.pdfUrl && (
        <Anchor href={notice.pdfUrl} target="_blank" rel="noopener noreferrer">
          <Group gap={6} component="span" wrap="nowrap">
            <IconFileTypePdf size={18} aria-hidden />
            {t('notices.readPdf')}
          </Group>
        </Anchor>
      )}
    </Stack>
  );
}
