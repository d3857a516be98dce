import { Badge, Button, Drawer, Group, Stack, Text } from '@mantine/core';
import { IconAdjustmentsHorizontal } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskFilter } from '../../places';
import { activeFilterCount } from '../phone-toolbar';
import type { BookToolbarProps } from './BookToolbar';
import { DayStepper, TimeRangeSelects } from './DayTimeSelects';
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
  const { range } = props;
  const active = activeFilterCount(props.filter);
  // Narrow selects: a small chevron leaves room for "Mon, Dec 7" and "12:30 PM".
  const compact = { dayClassName: classes.day, timeClassName: classes.time };

  return (
    <Stack gap="xs">
      <div className={classes.when}>
        <DayStepper {...props} compact={compact} />
        <TimeRangeSelects {...props} compact={compact} />
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
