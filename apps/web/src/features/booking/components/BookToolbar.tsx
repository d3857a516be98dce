import { Group, Text } from '@mantine/core';
import type { Floor, OfficeLocation } from '../../../api/types';
import type { ResolvedTimeRange, TimeRangeChoice } from '../time-range';
import { DayStepper, TimeRangeSelects } from './DayTimeSelects';
import { PlacePickers } from './PlacePickers';

export interface BookToolbarProps {
  locations: readonly OfficeLocation[];
  location: OfficeLocation;
  onLocationChange: (locationId: string) => void;
  floors: readonly Floor[];
  floor: Floor | null;
  onFloorChange: (floorId: string) => void;
  range: ResolvedTimeRange;
  onRangeChange: (choice: TimeRangeChoice) => void;
  /** The next/previous working day, or null at the edge of the bookable days. */
  previousDay: string | null;
  nextDay: string | null;
  locale: string;
  /** "Times in Europe/Berlin" when the location's zone is not the browser's. */
  zoneNote: string | null;
}

/** Where and when: location, floor, day (with working-day arrows) and the time range. */
export function BookToolbar(props: BookToolbarProps) {
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <PlacePickers {...props} floorMinWidth={140} />
      <Group gap={4} align="flex-end" wrap="nowrap">
        <DayStepper {...props} />
      </Group>
      <TimeRangeSelects {...props} />
      {props.zoneNote && (
        <Text size="sm" c="dimmed" pb={8}>
          {props.zoneNote}
        </Text>
      )}
    </Group>
  );
}
