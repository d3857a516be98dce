import { EmptyState, Paper } from '@mantine/core';
import { IconDevices } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ErrorState';
import { SectionCard } from '../../../components/SectionCard';
import { TableSkeleton } from '../../../components/TableSkeleton';
import { useConfirmRevokeSession } from '../hooks/useConfirmRevokeSession';
import { useSignInSessions } from '../hooks/useSignInSessions';
import { SignInSessionsTable } from './SignInSessionsTable';

export function SignInSessionsSection() {
  const { t } = useTranslation();
  const sessions = useSignInSessions();
  const { confirm, revokingId } = useConfirmRevokeSession();

  return (
    <SectionCard title={t('security.sessions.title')} description={t('security.sessions.description')}>
      {sessions.isPending ? (
        <TableSkeleton rows={2} />
      ) : sessions.isError ? (
        <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : sessions.data.length === 0 ? (
        <EmptyState
          variant="light"
          icon={<IconDevices size={28} aria-hidden />}
          title={t('security.sessions.empty.title')}
          description={t('security.sessions.empty.body')}
        />
      ) : (
        <Paper withBorder>
          <SignInSessionsTable sessions={sessions.data} onRevoke={confirm} revokingId={revokingId} />
        </Paper>
      )}
    </SectionCard>
  );
}
