import { Group, Text } from '@mantine/core';
import type { DeskAvailability, DeskStatus } from '../../../api/types';
import { useDeskSummary } from '../hooks/useDeskSummary';
import { checkClass, deskMarkClasses, hasCheck } from '../../places/ui';

/** The small version of a desk marker, for the legend and the list (decorative: text goes beside it). */
export function DeskStatusMark({ status }: { status: DeskStatus }) {
  return (
    <span className={deskMarkClasses(status, { swatch: true })} aria-hidden>
      {hasCheck(status) && <span className={checkClass}>✓</span>}
    </span>
  );
}

/** The mark with its words: "Free", "Booked by Anna Schmidt", "Your booking" … */
export function DeskStatusSummary({ desk, strong = false }: { desk: Pick<DeskAvailability, 'status' | 'bookings'>; strong?: boolean }) {
  const summary = useDeskSummary();
  return (
    <Group gap={8} wrap="nowrap">
      <DeskStatusMark status={desk.status} />
      <Text size="sm" fw={strong ? 500 : undefined}>
        {summary(desk)}
      </Text>
    </Group>
  );
}
