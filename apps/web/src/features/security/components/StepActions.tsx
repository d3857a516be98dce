import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface StepActionsProps {
  /** Leaves the set-up; not offered where the set-up is mandatory. */
  onCancel?: () => void;
  onBack?: () => void;
  children: ReactNode;
}

/** Cancel and back on the left, the step's main action on the right. */
export function StepActions({ onCancel, onBack, children }: StepActionsProps) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" mt="xs">
      <Group gap="sm">
        {onCancel && (
          <Button variant="subtle" color="gray" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
        {onBack && (
          <Button variant="default" onClick={onBack}>
            {t('common.back')}
          </Button>
        )}
      </Group>
      <Group gap="sm">{children}</Group>
    </Group>
  );
}
