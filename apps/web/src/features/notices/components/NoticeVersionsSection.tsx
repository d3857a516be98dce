import { Anchor, Group, Progress, Table, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiUrls } from '../../../api/urls';
import { ErrorState } from '../../../components/ErrorState';
import { SectionCard } from '../../../components/SectionCard';
import { TableSkeleton } from '../../../components/TableSkeleton';
import { formatNoticeDate } from '../format';
import type { NoticeVersion } from '../types';

/** Share of active members who accepted, in whole percent (0 when nobody is counted yet). */
export function acceptedPercent(version: Pick<NoticeVersion, 'accepted' | 'total'>): number {
  return version.total === 0 ? 0 : Math.round((version.accepted / version.total) * 100);
}

function VersionRow({ version }: { version: NoticeVersion }) {
  const { t, i18n } = useTranslation();
  const percent = acceptedPercent(version);
  return (
    <Table.Tr>
      <Table.Td>
        {version.version}
        {version.current && (
          <Text span size="xs" c="dimmed">
            {' '}
            ({t('notices.admin.versions.current')})
          </Text>
        )}
      </Table.Td>
      <Table.Td>{t(`notices.admin.versions.source.${version.hasPdf ? 'pdf' : version.source}`)}</Table.Td>
      <Table.Td>{formatNoticeDate(version.publishedAt, i18n.language)}</Table.Td>
      <Table.Td>{version.publishedBy ?? t('notices.admin.versions.system')}</Table.Td>
      <Table.Td maw={260}>{version.changeSummary ?? '–'}</Table.Td>
      <Table.Td miw={150}>
        <Text size="sm">{t('notices.admin.versions.acceptedOf', { accepted: version.accepted, total: version.total, percent })}</Text>
        <Progress value={percent} size="sm" aria-label={t('notices.admin.versions.acceptedBar', { version: version.version, percent })} />
      </Table.Td>
      <Table.Td>
        <Anchor href={apiUrls.consentRecordsCsv(version.id)} download size="sm">
          <Group gap={4} component="span" wrap="nowrap">
            <IconDownload size={16} aria-hidden />
            {t('notices.admin.versions.csv', { version: version.version })}
          </Group>
        </Anchor>
      </Table.Td>
    </Table.Tr>
  );
}

/** Every version, newest first: who published it, what changed, how many accepted, the consent records. */
export function NoticeVersionsSection({ versions }: { versions: UseQueryResult<NoticeVersion[]> }) {
  const { t } = useTranslation();
  let content;
  if (versions.isPending) content = <TableSkeleton />;
  else if (versions.isError) content = <ErrorState error={versions.error} onRetry={() => void versions.refetch()} />;
  else if (versions.data.length === 0) content = <Text c="dimmed">{t('notices.admin.versions.empty')}</Text>;
  else {
    content = (
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('notices.admin.versions.version')}</Table.Th>
              <Table.Th>{t('notices.admin.versions.sourceLabel')}</Table.Th>
              <Table.Th>{t('notices.admin.versions.published')}</Table.Th>
              <Table.Th>{t('notices.admin.versions.by')}</Table.Th>
              <Table.Th>{t('notices.admin.versions.summary')}</Table.Th>
              <Table.Th>{t('notices.admin.versions.accepted')}</Table.Th>
              <Table.Th>{t('notices.admin.versions.records')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {versions.data.map((version) => (
              <VersionRow key={version.id} version={version} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  }
  return (
    <SectionCard title={t('notices.admin.versions.title')} description={t('notices.admin.versions.description')}>
      {content}
    </SectionCard>
  );
}
