import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../../api/types';
import { describeDetails } from '../audit-wording';

export function AuditDetails({ event }: { event: Pick<AuditEvent, 'action' | 'details'> }) {
  const { t } = useTranslation();
  const sentences = describeDetails(event, t);
  if (sentences.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('audit.noDetails')}
      </Text>
    );
  }
  return (
    <List size="sm" spacing={2} listStyleType="none">
      {sentences.map((sentence, i) => (
        <List.Item key={i}>{sentence}</List.Item>
      ))}
    </List>
  );
}
