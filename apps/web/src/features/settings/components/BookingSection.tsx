import { NativeSelect, NumberInput, SimpleGrid, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../components/SectionCard';
import { isSlotMinutes, SETTINGS_LIMITS, SLOT_MINUTES_OPTIONS, type SettingsForm } from '../settings-form';

export function BookingSection({ form }: { form: SettingsForm }) {
  const { t } = useTranslation();
  const { booking } = form.values;
  const minutes = ` ${t('settings.units.minutes')}`;
  return (
    <SectionCard title={t('settings.booking.title')} description={t('settings.booking.description')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label={t('settings.booking.maxDaysAhead.label')}
          description={t('settings.booking.maxDaysAhead.description')}
          min={SETTINGS_LIMITS.maxDaysAhead.min}
          max={SETTINGS_LIMITS.maxDaysAhead.max}
          allowDecimal={false}
          allowNegative={false}
          suffix={` ${t('settings.units.days')}`}
          {...form.getInputProps('booking.maxDaysAhead')}
        />
        <NumberInput
          label={t('settings.booking.maxDurationMinutes.label')}
          description={t('settings.booking.maxDurationMinutes.description')}
          min={SETTINGS_LIMITS.maxDurationMinutes.min}
          max={SETTINGS_LIMITS.maxDurationMinutes.max}
          step={booking.slotMinutes}
          allowDecimal={false}
          allowNegative={false}
          suffix={minutes}
          {...form.getInputProps('booking.maxDurationMinutes')}
        />
        <NativeSelect
          label={t('settings.booking.slotMinutes.label')}
          description={t('settings.booking.slotMinutes.description')}
          data={SLOT_MINUTES_OPTIONS.map((value) => ({
            value: String(value),
            label: t('settings.booking.slotMinutes.option', { count: value }),
          }))}
          value={String(booking.slotMinutes)}
          onChange={(event) => {
            const value = Number(event.currentTarget.value);
            if (isSlotMinutes(value)) form.setFieldValue('booking.slotMinutes', value);
          }}
          error={form.errors['booking.slotMinutes']}
        />
      </SimpleGrid>
      <Switch
        label={t('settings.booking.checkInRequired.label')}
        description={t('settings.booking.checkInRequired.description')}
        {...form.getInputProps('booking.checkInRequired', { type: 'checkbox' })}
      />
      <NumberInput
        label={t('settings.booking.checkInGraceMinutes.label')}
        description={t('settings.booking.checkInGraceMinutes.description')}
        disabled={!booking.checkInRequired}
        min={SETTINGS_LIMITS.checkInGraceMinutes.min}
        max={SETTINGS_LIMITS.checkInGraceMinutes.max}
        allowDecimal={false}
        allowNegative={false}
        suffix={minutes}
        maw={280}
        {...form.getInputProps('booking.checkInGraceMinutes')}
      />
    </SectionCard>
  );
}
