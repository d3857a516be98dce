import { Alert, Anchor, List, Paper, Skeleton, Stack, Tabs, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/ErrorState';
import { SectionCard } from '../../../components/SectionCard';
import { SETTINGS_ORGANIZATION_PATH } from '../../../lib/paths';
import { useNoticePreview } from '../hooks/useNoticeAdmin';
import { NOTICE_LANGUAGES, type NoticeLanguage } from '../types';
import { NoticeMarkdown } from './NoticeMarkdown';
import { PublishControls } from './PublishControls';
import { ScrollableNotice } from './ScrollableNotice';

function PreviewPanel({ lang }: { lang: NoticeLanguage }) {
  const { t } = useTranslation();
  const preview = useNoticePreview(lang);
  const missingLabel = useMissingLabel();
  if (preview.isPending) return <Skeleton height={280} role="status" aria-label={t('states.loading')} />;
  if (preview.isError) return <ErrorState error={preview.error} onRetry={() => void preview.refetch()} />;
  return (
    <Stack gap="md">
      {preview.data.missing.length > 0 && (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('notices.admin.generated.missingTitle')}>
          <Stack gap="xs">
            <Text size="sm">{t('notices.admin.generated.missingBody')}</Text>
            <List size="sm">
              {preview.data.missing.map((path) => (
                <List.Item key={path}>{missingLabel(path)}</List.Item>
              ))}
            </List>
            <Anchor component={Link} to={SETTINGS_ORGANIZATION_PATH} size="sm">
              {t('notices.admin.generated.missingLink')}
            </Anchor>
          </Stack>
        </Alert>
      )}
      <Paper withBorder p="md">
        <ScrollableNotice label={t('notices.admin.generated.title')} maxHeight={480}>
          <NoticeMarkdown topLevel={3}>{preview.data.body}</NoticeMarkdown>
        </ScrollableNotice>
      </Paper>
    </Stack>
  );
}

const ORGANIZATION_FIELDS = ['legalName', 'address', 'contactEmail', 'dpoEmail', 'country'] as const;

/** `organization.legalName` → `legalName`, named as on the Settings page; undefined for a path it does not know. */
function missingField(path: string): (typeof ORGANIZATION_FIELDS)[number] | undefined {
  return ORGANIZATION_FIELDS.find((key) => `organization.${key}` === path);
}

/** The Settings page's label of a missing setting; the path itself for one this version does not know. */
function useMissingLabel(): (path: string) => string {
  const { t } = useTranslation();
  return (path) => {
    if (path === 'organization.thirdCountryTransfers') return t('settings.organization.thirdCountryTransfers.label');
    if (path === 'organization.processors') return t('settings.organization.processors.label');
    const field = missingField(path);
    return field ? t(`settings.organization.${field}`) : path;
  };
}

/** The generated notice: a live preview per language, what organization data it lacks, "Publish now". */
export function GeneratedNoticeSection({ nextVersion }: { nextVersion: number }) {
  const { t } = useTranslation();
  const [lang, setLang] = useState<NoticeLanguage>('en');
  return (
    <SectionCard title={t('notices.admin.generated.title')} description={t('notices.admin.generated.description')}>
      <Tabs value={lang} onChange={(value) => setLang(value === 'de' ? 'de' : 'en')}>
        <Tabs.List aria-label={t('notices.admin.language')}>
          {NOTICE_LANGUAGES.map((code) => (
            <Tabs.Tab key={code} value={code}>
              {t(`language.names.${code}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {NOTICE_LANGUAGES.map((code) => (
          <Tabs.Panel key={code} value={code} pt="md">
            {lang === code && <PreviewPanel lang={code} />}
          </Tabs.Panel>
        ))}
      </Tabs>
      <PublishControls nextVersion={nextVersion} label={t('notices.admin.generated.publish')} prepare={() => ({ source: 'generated' })} />
    </SectionCard>
  );
}
