import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../api/error-messages';

interface ErrorStateProps {
  error: unknown;
  /** Shown as a "Try again" button when given. */
  onRetry?: () => void;
  title?: string;
}

/** What went wrong and what to do about it, for a whole page or section that failed to load. */
export function ErrorState({ error, onRetry, title }: ErrorStateProps) {
  const { t } = useTranslation();
  return (
    <Alert role="alert" color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={title ?? t('states.loadFailed')}>
      <Stack gap="sm">
        <Text size="sm">{t(errorMessageKey(error))}</Text>
        {onRetry && (
          <Group>
            <Button size="xs" variant="white" color="red" leftSection={<IconRefresh size={16} aria-hidden />} onClick={onRetry}>
              {t('common.retry')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
