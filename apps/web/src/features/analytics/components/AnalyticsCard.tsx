import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface AnalyticsCardProps {
  title: string;
  /** Saves the card's figures as CSV; no button without it. */
  onDownload?: () => void;
  downloading?: boolean;
  children: ReactNode;
}

/**
 * One chart or figure group of the dashboard: its title, "Download CSV" of the same query, and the
 * promise under every chart that it holds aggregates only.
 */
export function AnalyticsCard({ title, onDownload, downloading = false, children }: AnalyticsCardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId} miw={0}>
      <Stack gap="md">
        <Group justify="space-between" align="center" gap="xs">
          <Title order={2} size="h4" id={headingId}>
            {title}
          </Title>
          {onDownload && (
            <Button
              variant="default"
              size="xs"
              leftSection={<IconDownload size={16} aria-hidden />}
              loading={downloading}
              onClick={onDownload}
              aria-label={t('analytics.csv.downloadNamed', { name: title })}
            >
              {t('analytics.csv.download')}
            </Button>
          )}
        </Group>
        {children}
        <Text size="xs" c="dimmed">
          {t('analytics.privacyNote')}
        </Text>
      </Stack>
    </Paper>
  );
}
