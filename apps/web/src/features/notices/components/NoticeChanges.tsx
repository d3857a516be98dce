import { Alert, List, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatNoticeDate } from '../format';
import type { NoticeChange } from '../types';

/** "What changed since you last accepted": each version published after it, oldest first. */
export function NoticeChanges({ changes }: { changes: readonly NoticeChange[] }) {
  const { t, i18n } = useTranslation();
  if (changes.length === 0) return null;
  return (
    <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} title={t('notices.changes.title')}>
      <List spacing="xs" size="sm">
        {changes.map((change) => (
          <List.Item key={change.version}>
            <Text size="sm" fw={600} span>
              {t('notices.changes.version', { version: change.version, date: formatNoticeDate(change.publishedAt, i18n.language) })}
            </Text>{' '}
            <Text size="sm" span>
              {change.summary ?? t('notices.changes.noSummary')}
            </Text>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
