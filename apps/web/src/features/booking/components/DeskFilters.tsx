import { Button, Group, MultiSelect, NativeSelect, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type DeskFilter, isFiltering, NO_FILTER } from '../../places';

interface DeskFiltersProps {
  zones: readonly string[];
  amenities: readonly string[];
  filter: DeskFilter;
  onChange: (filter: DeskFilter) => void;
}

const ALL_ZONES = '';

export function DeskFilters({ zones, amenities, filter, onChange }: DeskFiltersProps) {
  const { t } = useTranslation();
  return (
    <Group component="search" aria-label={t('book.filters.label')} align="flex-end" gap="sm" wrap="wrap">
      {zones.length > 0 && (
        <NativeSelect
          label={t('book.filters.zone')}
          value={filter.zone ?? ALL_ZONES}
          data={[{ value: ALL_ZONES, label: t('book.filters.allZones') }, ...zones.map((zone) => ({ value: zone, label: zone }))]}
          onChange={(event) => {
            const zone = event.currentTarget.value;
            onChange({ ...filter, zone: zone === ALL_ZONES ? null : zone });
          }}
        />
      )}
      {amenities.length > 0 && (
        <MultiSelect
          label={t('book.filters.amenities')}
          placeholder={filter.amenities.length ? undefined : t('book.filters.anyAmenity')}
          data={[...amenities]}
          value={filter.amenities}
          onChange={(value) => {
            onChange({ ...filter, amenities: value });
          }}
          clearable
          miw={180}
          maw={320}
        />
      )}
      <Switch
        label={t('book.filters.onlyFree')}
        checked={filter.onlyFree}
        onChange={(event) => {
          onChange({ ...filter, onlyFree: event.currentTarget.checked });
        }}
        pb={8}
      />
      {isFiltering(filter) && (
        <Button
          variant="subtle"
          size="compact-sm"
          mb={6}
          onClick={() => {
            onChange(NO_FILTER);
          }}
        >
          {t('book.filters.reset')}
        </Button>
      )}
    </Group>
  );
}
