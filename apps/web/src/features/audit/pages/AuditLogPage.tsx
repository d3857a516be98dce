import { EmptyState, Paper } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ErrorState';
import { PageHeader } from '../../../components/PageHeader';
import { TableSkeleton } from '../../../components/TableSkeleton';
import { AuditRangeFilter } from '../components/AuditRangeFilter';
import { AuditTable } from '../components/AuditTable';
import { isValidRange, lastDays, toInstantRange, type DayRange } from '../date-range';
import { useAuditLog } from '../hooks/useAuditLog';
import { useUsers } from '../../users';

export function AuditLogPage() {
  const { t } = useTranslation();
  const [range, setRange] = useState<DayRange>(() => lastDays(30));
  const valid = isValidRange(range);
  const instants = useMemo(() => toInstantRange(range), [range]);
  const auditLog = useAuditLog(instants, valid);
  const users = useUsers();
  const userNames = useMemo(() => new Map((users.data ?? []).map((user) => [user.id, user.displayName] as const)), [users.data]);

  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.description')} />
      <AuditRangeFilter value={range} onChange={setRange} />
      {auditLog.isPending ? (
        valid ? (
          <TableSkeleton />
        ) : null
      ) : auditLog.isError ? (
        <ErrorState error={auditLog.error} onRetry={() => void auditLog.refetch()} />
      ) : auditLog.data.length === 0 ? (
        <EmptyState
          mt="xl"
          icon={<IconHistory size={32} aria-hidden />}
          withIndicatorBackground
          title={t('audit.empty.title')}
          description={t('audit.empty.body')}
        />
      ) : (
        <Paper withBorder aria-busy={auditLog.isFetching}>
          <AuditTable events={auditLog.data} userNames={userNames} />
        </Paper>
      )}
    </>
  );
}
