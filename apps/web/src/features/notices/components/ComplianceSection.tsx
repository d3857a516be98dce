import { Anchor, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiUrls } from '../../../api/urls';
import { SectionCard } from '../../../components/SectionCard';
import { NOTICE_LANGUAGES, type NoticeLanguage } from '../types';

const DOCUMENTS = ['processing-record', 'toms'] as const;
const FORMATS = ['md', 'pdf'] as const;

/** The Art. 30 record and the TOMs summary, generated from the live settings, as Markdown or PDF. */
export function ComplianceSection() {
  const { t } = useTranslation();
  const [lang, setLang] = useState<NoticeLanguage>('en');
  return (
    <SectionCard title={t('notices.admin.compliance.title')} description={t('notices.admin.compliance.description')}>
      <SegmentedControl
        aria-label={t('notices.admin.language')}
        value={lang}
        onChange={(value) => setLang(value === 'de' ? 'de' : 'en')}
        data={NOTICE_LANGUAGES.map((code) => ({ value: code, label: t(`language.names.${code}`) }))}
        w="fit-content"
      />
      {DOCUMENTS.map((document) => (
        <Stack key={document} gap={4}>
          <Text fw={600}>{t(`notices.admin.compliance.${document}.title`)}</Text>
          <Text size="sm" c="dimmed">
            {t(`notices.admin.compliance.${document}.description`)}
          </Text>
          <Group gap="lg">
            {FORMATS.map((format) => (
              <Anchor key={format} href={apiUrls.complianceDocument(document, lang, format)} download size="sm">
                <Group gap={4} component="span" wrap="nowrap">
                  <IconDownload size={16} aria-hidden />
                  {t(`notices.admin.compliance.download.${format}`, { document: t(`notices.admin.compliance.${document}.short`) })}
                </Group>
              </Anchor>
            ))}
          </Group>
        </Stack>
      ))}
    </SectionCard>
  );
}
