import { Container } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/types';
import { ErrorState } from '../../components/ErrorState';
import { PageSkeleton } from '../../components/PageSkeleton';
import { useSession } from '../../features/auth/hooks/session';

interface SessionGateProps {
  /** Rendered once it is known whether someone is signed in (null: nobody). */
  children: (me: Me | null) => ReactNode;
}

/** Waits for GET /me; if the API cannot be reached at all, says so and offers a retry. */
export function SessionGate({ children }: SessionGateProps) {
  const { t } = useTranslation();
  const session = useSession();
  if (session.isPending) return <PageSkeleton />;
  // A failed re-check keeps the session already known: only a first check that failed has nothing to show.
  if (session.isError && session.data === undefined) {
    return (
      <Container size="sm" py="xl">
        <ErrorState error={session.error} title={t('states.sessionFailed')} onRetry={() => void session.refetch()} />
      </Container>
    );
  }
  return <>{children(session.data ?? null)}</>;
}
