import { Accordion, Stack, Text } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LazyNoticeMarkdown as NoticeMarkdown } from './LazyNoticeMarkdown';
import { ScrollableNotice } from './ScrollableNotice';

export interface DisclosedNotice {
  title: string;
  /** Markdown; empty for a PDF notice. */
  body: string;
}

/**
 * The notice before an account exists (invite and sign-up pages, GDPR Art. 13: informed when the data is
 * collected), folded so the form stays short. Nothing when the API sent none.
 */
export function NoticeDisclosure({ notice, intro, pdf }: { notice: DisclosedNotice | null | undefined; intro: string; pdf?: ReactNode }) {
  const { t } = useTranslation();
  if (!notice) return null;
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {intro}
      </Text>
      <Accordion variant="contained">
        <Accordion.Item value="notice">
          <Accordion.Control icon={<IconShieldCheck size={18} aria-hidden />}>{t('notices.disclosure.title')}</Accordion.Control>
          <Accordion.Panel>
            <ScrollableNotice label={notice.title} maxHeight={360}>
              {notice.body !== '' && <NoticeMarkdown topLevel={3}>{notice.body}</NoticeMarkdown>}
              {pdf}
            </ScrollableNotice>
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </Stack>
  );
}
