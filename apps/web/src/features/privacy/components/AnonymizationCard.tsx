import { Alert, Badge, Button, Group, Loader, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../api/useErrorMessage';
import { ErrorState } from '../../../components/ErrorState';
import { SectionCard } from '../../../components/SectionCard';
import { finishedRunProcessed, type RunStartedFrom } from '../anonymization-status';
import { useAnonymizationStatus, useRunAnonymization } from '../hooks/useAnonymization';
import type { AnonymizationStatus } from '../types';

function StatusFigure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </Stack>
  );
}

function StatusFigures({ status }: { status: AnonymizationStatus }) {
  const { t, i18n } = useTranslation();
  const dateTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} aria-live="polite">
      <StatusFigure label={t('privacy.anonymization.lastRun.label')}>
        {status.lastRunAt === null
          ? t('privacy.anonymization.lastRun.never')
          : t('privacy.anonymization.lastRun.value', {
              when: dateTime.format(new Date(status.lastRunAt)),
              count: status.lastRunProcessed ?? 0,
            })}
      </StatusFigure>
      <StatusFigure label={t('privacy.anonymization.due.label')}>
        {t('privacy.anonymization.due.value', { count: status.due })}
      </StatusFigure>
    </SimpleGrid>
  );
}

interface AnonymizationCardProps {
  /** The retention fields have unsaved changes: a run would still use the saved ones. */
  retentionUnsaved?: boolean;
}

/** The anonymization sweep for tenant admins: its last run, what is due, and "Run now". */
export function AnonymizationCard({ retentionUnsaved = false }: AnonymizationCardProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const status = useAnonymizationStatus();
  const run = useRunAnonymization();
  const startedFrom = useRef<RunStartedFrom | null>(null);
  const running = status.data?.running === true || run.isPending;

  useEffect(() => {
    const processed = finishedRunProcessed(startedFrom.current, status.data);
    if (processed === null) return;
    startedFrom.current = null;
    notifications.show({ color: 'green', message: t('privacy.anonymization.finished', { count: processed }) });
  }, [status.data, t]);

  const runNow = (current: AnonymizationStatus) => {
    startedFrom.current = { lastRunAt: current.lastRunAt };
    run.mutate(undefined, {
      onError: (error) => {
        startedFrom.current = null;
        notifications.show({ color: 'red', title: t('privacy.anonymization.runFailed'), message: errorMessage(error) });
      },
    });
  };

  return (
    <SectionCard
      title={t('privacy.anonymization.title')}
      description={t('privacy.anonymization.description')}
      aside={
        running && (
          <Badge variant="light" color="indigo" size="lg" leftSection={<Loader size={12} color="indigo" aria-hidden />}>
            {t('privacy.anonymization.running')}
          </Badge>
        )
      }
    >
      {status.isPending ? (
        <Stack gap="xs" aria-busy="true" role="status" aria-label={t('states.loading')}>
          <Skeleton height={40} />
          <Skeleton height={36} width={140} />
        </Stack>
      ) : status.isError ? (
        <ErrorState title={t('privacy.anonymization.loadFailed')} error={status.error} onRetry={() => void status.refetch()} />
      ) : (
        <>
          <StatusFigures status={status.data} />
          {retentionUnsaved && (
            <Alert variant="light" color="yellow">
              {t('privacy.anonymization.unsavedRetention')}
            </Alert>
          )}
          <Group>
            <Button
              leftSection={<IconPlayerPlay size={16} aria-hidden />}
              loading={running}
              disabled={running}
              onClick={() => {
                runNow(status.data);
              }}
            >
              {t('privacy.anonymization.runNow')}
            </Button>
          </Group>
        </>
      )}
    </SectionCard>
  );
}
