import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { LocationSelect } from '../../places/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Floor, OfficeLocation } from '../../../api/types';
import { DateField } from '../../../components/DateField';
import { presetOf, presetRange, RANGE_PRESETS, rangeProblem, type DayRange } from '../date-range';

interface AnalyticsFiltersBarProps {
  locations: readonly OfficeLocation[];
  location: OfficeLocation;
  onLocationChange: (locationId: string) => void;
  floors: readonly Floor[];
  floorId: string | null;
  onFloorChange: (floorId: string | null) => void;
  zones: readonly string[];
  zone: string | null;
  onZoneChange: (zone: string | null) => void;
  range: DayRange;
  /** Today at the location: the presets end here. */
  today: string;
  onRangeChange: (range: DayRange) => void;
}

// A select needs a value for "no choice"; ids and zone names are never empty.
const ALL = '';

/** Where (location → floor → zone) and when (a preset or two days) the figures are about. */
export function AnalyticsFiltersBar(props: AnalyticsFiltersBarProps) {
  const { t } = useTranslation();
  const { range } = props;
  const problem = rangeProblem(range);
  const activePreset = presetOf(range, props.today);
  const presetsLabelId = useId();
  return (
    <Stack gap="sm" role="search" aria-label={t('analytics.filters.label')}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <LocationSelect
          label={t('analytics.filters.location')}
          locations={props.locations}
          location={props.location}
          onLocationChange={props.onLocationChange}
        />
        <NativeSelect
          label={t('analytics.filters.floor')}
          value={props.floorId ?? ALL}
          data={[
            { value: ALL, label: t('analytics.filters.allFloors') },
            ...props.floors.map((floor) => ({ value: floor.id, label: floor.name })),
          ]}
          onChange={(event) => {
            props.onFloorChange(event.currentTarget.value || null);
          }}
          miw={160}
        />
        <NativeSelect
          label={t('analytics.filters.zone')}
          value={props.zone ?? ALL}
          data={[{ value: ALL, label: t('analytics.filters.allZones') }, ...props.zones]}
          disabled={props.floorId === null || props.zones.length === 0}
          onChange={(event) => {
            props.onZoneChange(event.currentTarget.value || null);
          }}
          miw={140}
        />
      </Group>
      <Group align="flex-start" gap="sm" wrap="wrap">
        <DateField
          label={t('analytics.filters.from')}
          value={range.from}
          onChange={(from) => {
            props.onRangeChange({ ...range, from });
          }}
          error={problem === 'reversed' || problem === 'tooLong' ? t(`analytics.filters.problem.${problem}`) : undefined}
        />
        <DateField
          label={t('analytics.filters.to')}
          value={range.to}
          onChange={(to) => {
            props.onRangeChange({ ...range, to });
          }}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id={presetsLabelId}>
            {t('analytics.filters.presets')}
          </Text>
          <Group gap={4} role="group" aria-labelledby={presetsLabelId}>
            {RANGE_PRESETS.map((preset) => (
              <Button
                key={preset}
                size="xs"
                variant={activePreset === preset ? 'filled' : 'default'}
                aria-pressed={activePreset === preset}
                onClick={() => {
                  props.onRangeChange(presetRange(preset, props.today));
                }}
              >
                {t(`analytics.filters.${preset}`)}
              </Button>
            ))}
          </Group>
        </Stack>
      </Group>
    </Stack>
  );
}
