import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../api/types';
import { summarizeDetails } from '../audit-details';

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function AuditDetails({ details }: { details: unknown }) {
  const { t } = useTranslation();
  const lines = summarizeDetails(details);
  const show = (value: string) => (isRole(value) ? t(`roles.${value}`) : value);
  if (lines.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('audit.noDetails')}
      </Text>
    );
  }
  return (
    <List size="sm" spacing={2} listStyleType="none">
      {lines.map((line) => (
        <List.Item key={line.field || 'change'}>
          {line.field && (
            <Text span size="sm" c="dimmed">
              {line.field}:{' '}
            </Text>
          )}
          {line.kind === 'change' ? t('audit.changed', { before: show(line.before), after: show(line.after) }) : show(line.value)}
        </List.Item>
      ))}
    </List>
  );
}
