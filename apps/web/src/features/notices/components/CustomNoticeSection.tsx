import { FileInput, SegmentedControl, Stack, Tabs, Text, Textarea, Paper } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../components/SectionCard';
import { bodiesToPublish, bodyProblems, MAX_NOTICE_BODY_CHARS, pdfProblem, type BodyProblem } from '../custom-notice';
import { NOTICE_LANGUAGES, type NoticeLanguage } from '../types';
import { NoticeMarkdown } from './NoticeMarkdown';
import { PublishControls } from './PublishControls';

type Format = 'markdown' | 'pdf';
const EMPTY_BODIES: Record<NoticeLanguage, string> = { en: '', de: '' };

function MarkdownEditor({
  lang,
  value,
  problem,
  onChange,
}: {
  lang: NoticeLanguage;
  value: string;
  problem?: BodyProblem;
  onChange: (text: string) => void;
}) {
  const { t } = useTranslation();
  const [view, setView] = useState<'write' | 'preview'>('write');
  return (
    <Stack gap="xs">
      <SegmentedControl
        aria-label={t('notices.admin.custom.view')}
        value={view}
        onChange={(value) => setView(value === 'preview' ? 'preview' : 'write')}
        data={[
          { value: 'write', label: t('notices.admin.custom.write') },
          { value: 'preview', label: t('notices.admin.custom.preview') },
        ]}
        w="fit-content"
      />
      {view === 'write' ? (
        <Textarea
          label={t('notices.admin.custom.bodyLabel', { language: t(`language.names.${lang}`) })}
          description={lang === 'en' ? t('notices.admin.custom.enRequired') : t('notices.admin.custom.deOptional')}
          autosize
          minRows={10}
          maxRows={24}
          value={value}
          error={problem ? t(`notices.admin.custom.problem.${problem}`, { max: MAX_NOTICE_BODY_CHARS.toLocaleString() }) : undefined}
          onChange={(event) => onChange(event.currentTarget.value)}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />
      ) : (
        <Paper withBorder p="md" mih={200}>
          {value.trim() === '' ? (
            <Text c="dimmed">{t('notices.admin.custom.nothingToPreview')}</Text>
          ) : (
            <NoticeMarkdown topLevel={3}>{value}</NoticeMarkdown>
          )}
        </Paper>
      )}
      <Text size="xs" c={value.length > MAX_NOTICE_BODY_CHARS ? 'red.8' : 'dimmed'} aria-live="polite">
        {t('notices.admin.custom.counter', { count: value.length, max: MAX_NOTICE_BODY_CHARS.toLocaleString() })}
      </Text>
    </Stack>
  );
}

/** The organization's own notice: Markdown per language (English required) with a preview, or a PDF. */
export function CustomNoticeSection({ nextVersion }: { nextVersion: number }) {
  const { t } = useTranslation();
  const [format, setFormat] = useState<Format>('markdown');
  const [lang, setLang] = useState<NoticeLanguage>('en');
  const [bodies, setBodies] = useState(EMPTY_BODIES);
  const [showProblems, setShowProblems] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [fileChecked, setFileChecked] = useState(false);
  const problems = showProblems ? bodyProblems(bodies) : {};
  const fileProblem = file ? pdfProblem(file) : fileChecked ? 'required' : null;

  const prepare = () => {
    if (format === 'pdf') {
      setFileChecked(true);
      return file && !pdfProblem(file) ? { source: 'pdf' as const, file } : null;
    }
    setShowProblems(true);
    const found = bodyProblems(bodies);
    const first = NOTICE_LANGUAGES.find((code) => found[code]);
    if (first) {
      setLang(first);
      return null;
    }
    return { source: 'custom' as const, bodies: bodiesToPublish(bodies) };
  };

  return (
    <SectionCard title={t('notices.admin.custom.title')} description={t('notices.admin.custom.description')}>
      <SegmentedControl
        aria-label={t('notices.admin.custom.format')}
        value={format}
        onChange={(value) => setFormat(value === 'pdf' ? 'pdf' : 'markdown')}
        data={[
          { value: 'markdown', label: t('notices.admin.custom.markdown') },
          { value: 'pdf', label: t('notices.admin.custom.pdf') },
        ]}
        w="fit-content"
      />
      {format === 'markdown' ? (
        <Tabs value={lang} onChange={(value) => setLang(value === 'de' ? 'de' : 'en')}>
          <Tabs.List aria-label={t('notices.admin.language')}>
            {NOTICE_LANGUAGES.map((code) => (
              <Tabs.Tab key={code} value={code} color={problems[code] ? 'red' : undefined}>
                {t(`language.names.${code}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {NOTICE_LANGUAGES.map((code) => (
            <Tabs.Panel key={code} value={code} pt="md">
              <MarkdownEditor
                lang={code}
                value={bodies[code]}
                problem={problems[code]}
                onChange={(text) => setBodies((current) => ({ ...current, [code]: text }))}
              />
            </Tabs.Panel>
          ))}
        </Tabs>
      ) : (
        <FileInput
          label={t('notices.admin.custom.pdfLabel')}
          description={t('notices.admin.custom.pdfHint')}
          placeholder={t('notices.admin.custom.pdfPlaceholder')}
          accept="application/pdf,.pdf"
          leftSection={<IconFileTypePdf size={18} aria-hidden />}
          clearable
          value={file}
          onChange={(chosen) => {
            setFile(chosen);
            setFileChecked(true);
          }}
          error={fileProblem ? t(`notices.admin.custom.pdfProblem.${fileProblem}`) : undefined}
        />
      )}
      <PublishControls
        nextVersion={nextVersion}
        label={t('notices.admin.custom.publish')}
        prepare={prepare}
        onPublished={() => {
          setBodies(EMPTY_BODIES);
          setShowProblems(false);
          setFile(null);
          setFileChecked(false);
        }}
      />
    </SectionCard>
  );
}
