import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import { isValidRange, lastDays, type DayRange } from '../date-range';

interface AuditRangeFilterProps {
  value: DayRange;
  onChange: (range: DayRange) => void;
}

const PRESETS = [7, 30, 90] as const;

export function AuditRangeFilter({ value, onChange }: AuditRangeFilterProps) {
  const { t } = useTranslation();
  // An empty or unreadable day is reported by its own field.
  const invalid = value.from !== '' && value.to !== '' && !isValidRange(value);
  return (
    <Group align="flex-end" gap="sm" mb="md" wrap="wrap" role="search" aria-label={t('audit.filter.label')}>
      <DateField
        label={t('audit.filter.from')}
        value={value.from}
        onChange={(from) => {
          onChange({ ...value, from });
        }}
        error={invalid ? t('audit.filter.invalid') : undefined}
      />
      <DateField
        label={t('audit.filter.to')}
        value={value.to}
        onChange={(to) => {
          onChange({ ...value, to });
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
