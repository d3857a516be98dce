import { Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../../api/types';
import { auditActionKey, auditTargetKey } from '../audit-labels';
import { AuditDetails } from './AuditDetails';

function useAuditLabels(userNames: ReadonlyMap<string, string>) {
  const { t, i18n } = useTranslation();
  const dateTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return {
    time: (at: string) => dateTime.format(new Date(at)),
    actor: (event: AuditEvent) => event.actorDisplayName ?? (event.actorUserId ? t('audit.formerUser') : t('audit.system')),
    action: (action: string) => t(auditActionKey(action)),
    target: (event: AuditEvent) => {
      if (!event.targetType) return '—';
      const type = t(auditTargetKey(event.targetType));
      const name = event.targetType === 'user' && event.targetId ? userNames.get(event.targetId) : undefined;
      return name ? `${type}: ${name}` : type;
    },
  };
}

interface AuditTableProps {
  events: readonly AuditEvent[];
  /** Current names of the tenant's users, to say who an event was about (ids are all the log keeps). */
  userNames: ReadonlyMap<string, string>;
}

export function AuditTable({ events, userNames }: AuditTableProps) {
  const { t } = useTranslation();
  const labels = useAuditLabels(userNames);
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="sm" striped>
        <Table.Caption>
          <VisuallyHidden>{t('audit.table.caption')}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit.table.time')}</Table.Th>
            <Table.Th scope="col">{t('audit.table.actor')}</Table.Th>
            <Table.Th scope="col">{t('audit.table.action')}</Table.Th>
            <Table.Th scope="col">{t('audit.table.target')}</Table.Th>
            <Table.Th scope="col">{t('audit.table.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <Table.Tr key={event.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <time dateTime={event.at}>{labels.time(event.at)}</time>
              </Table.Td>
              <Table.Td>{labels.actor(event)}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {labels.action(event.action)}
                </Text>
              </Table.Td>
              <Table.Td>{labels.target(event)}</Table.Td>
              <Table.Td>
                <AuditDetails event={event} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
