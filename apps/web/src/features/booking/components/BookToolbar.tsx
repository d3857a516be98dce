import { ActionIcon, Group, NativeSelect, Text, Tooltip } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Floor, OfficeLocation } from '../../../api/types';
import { formatHhMm, minutesOfDay } from '../../places';
import { formatDay, formatDayMinutes } from '../format';
import { daysFrom, type ResolvedTimeRange, type TimeRangeChoice } from '../time-range';
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
  const { t } = useTranslation();
  const { range, locale } = props;
  const timeLabel = (minutes: number) => formatDayMinutes(minutes, locale, t('book.endOfDay'));
  const timeOptions = (values: number[]) => values.map((minutes) => ({ value: formatHhMm(minutes), label: timeLabel(minutes) }));
  const open = range.state === 'open';

  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <PlacePickers {...props} floorMinWidth={140} />
      <Group gap={4} align="flex-end" wrap="nowrap">
        <Tooltip label={t('book.previousDay')}>
          <ActionIcon
            variant="default"
            size={36}
            aria-label={t('book.previousDay')}
            disabled={props.previousDay === null}
            onClick={() => {
              if (props.previousDay) props.onRangeChange({ date: props.previousDay, start: range.start, end: range.end });
            }}
          >
            <IconChevronLeft size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
        {/* The bookable days as a list in the app's language ("Di., 8. Dez."): a native date field
            would speak the browser's language instead. */}
        <NativeSelect
          label={t('book.date')}
          value={range.date}
          data={daysFrom(range.minDate, range.maxDate).map((day) => ({ value: day, label: formatDay(day, 'UTC', locale) }))}
          onChange={(event) => {
            props.onRangeChange({ date: event.currentTarget.value, start: range.start, end: range.end });
          }}
        />
        <Tooltip label={t('book.nextDay')}>
          <ActionIcon
            variant="default"
            size={36}
            aria-label={t('book.nextDay')}
            disabled={props.nextDay === null}
            onClick={() => {
              if (props.nextDay) props.onRangeChange({ date: props.nextDay, start: range.start, end: range.end });
            }}
          >
            <IconChevronRight size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Group>
      <NativeSelect
        label={t('book.from')}
        value={open ? formatHhMm(range.start) : ''}
        data={timeOptions(range.startOptions)}
        disabled={!open}
        onChange={(event) => {
          props.onRangeChange({ date: range.date, start: minutesOfDay(event.currentTarget.value), end: range.end });
        }}
      />
      <NativeSelect
        label={t('book.to')}
        value={open ? formatHhMm(range.end) : ''}
        data={timeOptions(range.endOptions)}
        disabled={!open}
        onChange={(event) => {
          props.onRangeChange({ date: range.date, start: range.start, end: minutesOfDay(event.currentTarget.value) });
        }}
      />
      {props.zoneNote && (
        <Text size="sm" c="dimmed" pb={8}>
          {props.zoneNote}
        </Text>
      )}
    </Group>
  );
}
