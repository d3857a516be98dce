import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** A form-level error, announced to screen readers when it appears. */
export function FormError({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden />} title={title}>
      {children}
    </Alert>
  );
}
