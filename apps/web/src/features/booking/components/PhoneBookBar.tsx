import { ActionIcon, Badge, Button, Drawer, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { IconAdjustmentsHorizontal, IconChevronLeft, IconChevronRight, IconSelector } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type DeskFilter, formatHhMm, minutesOfDay } from '../../places';
import { formatDay, formatDayMinutes } from '../format';
import { activeFilterCount } from '../phone-toolbar';
import { daysFrom } from '../time-range';
import type { BookToolbarProps } from './BookToolbar';
import { DeskFilters } from './DeskFilters';
import { DeskLegend } from './DeskLegend';
import classes from './PhoneBookBar.module.css';
import { PlacePickers } from './PlacePickers';
import { WholeDayButton } from './WholeDayButton';

interface PhoneBookBarProps extends BookToolbarProps {
  zones: readonly string[];
  amenities: readonly string[];
  filter: DeskFilter;
  onFilterChange: (filter: DeskFilter) => void;
  /** The Floor plan / List switch. */
  viewSwitch: ReactNode;
}

/**
 * The Book page's controls on a phone, so the map comes first: day and time range in one compact row,
 * then Filters, Whole day and the view switch. Location, floor, the filters and the legend are in a
 * drawer behind "Filters", which counts the active filters.
 */
export function PhoneBookBar(props: PhoneBookBarProps) {
  const { t } = useTranslation();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const { range, locale } = props;
  const open = range.state === 'open';
  const timeLabel = (minutes: number) => formatDayMinutes(minutes, locale, t('book.endOfDay'));
  const timeOptions = (values: number[]) => values.map((minutes) => ({ value: formatHhMm(minutes), label: timeLabel(minutes) }));
  const active = activeFilterCount(props.filter);
  // Narrow selects: a small chevron leaves room for "Mon, Dec 7" and "12:30 PM".
  const compact = { rightSection: <IconSelector size={12} aria-hidden />, rightSectionWidth: 18 } as const;

  return (
    <Stack gap="xs">
      <div className={classes.when}>
        <ActionIcon
          variant="default"
          size={32}
          aria-label={t('book.previousDay')}
          disabled={props.previousDay === null}
          onClick={() => {
            if (props.previousDay) props.onRangeChange({ date: props.previousDay, start: range.start, end: range.end });
          }}
        >
          <IconChevronLeft size={18} aria-hidden />
        </ActionIcon>
        <NativeSelect
          aria-label={t('book.date')}
          className={classes.day}
          {...compact}
          value={range.date}
          data={daysFrom(range.minDate, range.maxDate).map((day) => ({ value: day, label: formatDay(day, 'UTC', locale) }))}
          onChange={(event) => {
            props.onRangeChange({ date: event.currentTarget.value, start: range.start, end: range.end });
          }}
        />
        <ActionIcon
          variant="default"
          size={32}
          aria-label={t('book.nextDay')}
          disabled={props.nextDay === null}
          onClick={() => {
            if (props.nextDay) props.onRangeChange({ date: props.nextDay, start: range.start, end: range.end });
          }}
        >
          <IconChevronRight size={18} aria-hidden />
        </ActionIcon>
        <NativeSelect
          aria-label={t('book.from')}
          className={classes.time}
          {...compact}
          value={open ? formatHhMm(range.start) : ''}
          data={timeOptions(range.startOptions)}
          disabled={!open}
          onChange={(event) => {
            props.onRangeChange({ date: range.date, start: minutesOfDay(event.currentTarget.value), end: range.end });
          }}
        />
        <NativeSelect
          aria-label={t('book.to')}
          className={classes.time}
          {...compact}
          value={open ? formatHhMm(range.end) : ''}
          data={timeOptions(range.endOptions)}
          disabled={!open}
          onChange={(event) => {
            props.onRangeChange({ date: range.date, start: range.start, end: minutesOfDay(event.currentTarget.value) });
          }}
        />
      </div>
      {props.zoneNote && (
        <Text size="xs" c="dimmed">
          {props.zoneNote}
        </Text>
      )}
      <Group gap="xs" wrap="nowrap" justify="space-between">
        <Group gap="xs" wrap="nowrap">
          <Button
            variant={active > 0 ? 'light' : 'default'}
            size="sm"
            px="sm"
            leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />}
            rightSection={
              active > 0 ? (
                <Badge size="sm" circle aria-hidden>
                  {active}
                </Badge>
              ) : undefined
            }
            aria-label={active > 0 ? t('book.phone.filtersActive', { count: active }) : t('book.phone.filters')}
            aria-haspopup="dialog"
            onClick={() => {
              setFiltersOpen(true);
            }}
          >
            {t('book.phone.filters')}
          </Button>
          <WholeDayButton range={range} onRangeChange={props.onRangeChange} />
        </Group>
        {props.viewSwitch}
      </Group>
      <Drawer
        opened={filtersOpen}
        onClose={() => {
          setFiltersOpen(false);
        }}
        position="bottom"
        size="auto"
        title={t('book.phone.filtersTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="md">
          <PlacePickers {...props} />
          <DeskFilters zones={props.zones} amenities={props.amenities} filter={props.filter} onChange={props.onFilterChange} />
          <DeskLegend />
          <Button
            onClick={() => {
              setFiltersOpen(false);
            }}
          >
            {t('book.phone.showDesks')}
          </Button>
        </Stack>
      </Drawer>
    </Stack>
  );
}
