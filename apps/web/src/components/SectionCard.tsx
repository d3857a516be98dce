import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

interface SectionCardProps {
  title: string;
  description?: string;
  /** Shown at the end of the title row, e.g. a status badge. */
  aside?: ReactNode;
  /** An anchor other pages link to (`/admin/settings#organization`). */
  id?: string;
  children: ReactNode;
}

/** One titled part of a page (a settings group, a security topic), announced as a region by its title. */
export function SectionCard({ title, description, aside, id, children }: SectionCardProps) {
  const headingId = useId();
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={headingId} id={id}>
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
          <Stack gap={4}>
            <Title order={2} size="h4" id={headingId}>
              {title}
            </Title>
            {description && (
              <Text size="sm" c="dimmed">
                {description}
              </Text>
            )}
          </Stack>
          {aside}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}
