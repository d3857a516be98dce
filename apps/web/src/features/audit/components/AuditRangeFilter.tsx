import { Button, Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isValidRange, lastDays, type DayRange } from '../date-range';

interface AuditRangeFilterProps {
  value: DayRange;
  onChange: (range: DayRange) => void;
}

const PRESETS = [7, 30, 90] as const;

export function AuditRangeFilter({ value, onChange }: AuditRangeFilterProps) {
  const { t } = useTranslation();
  const invalid = !isValidRange(value);
  return (
    <Group align="flex-end" gap="sm" mb="md" wrap="wrap" role="search" aria-label={t('audit.filter.label')}>
      <TextInput
        type="date"
        label={t('audit.filter.from')}
        value={value.from}
        max={value.to || undefined}
        onChange={(event) => {
          onChange({ ...value, from: event.currentTarget.value });
        }}
        error={invalid ? t('audit.filter.invalid') : undefined}
      />
      <TextInput
        type="date"
        label={t('audit.filter.to')}
        value={value.to}
        min={value.from || undefined}
        onChange={(event) => {
          onChange({ ...value, to: event.currentTarget.value });
        }}
      />
      <Group gap={4}>
        {PRESETS.map((days) => (
          <Button
            key={days}
            variant="subtle"
            size="xs"
            onClick={() => {
              onChange(lastDays(days));
            }}
          >
            {t('audit.filter.lastDays', { count: days })}
          </Button>
        ))}
      </Group>
    </Group>
  );
}
