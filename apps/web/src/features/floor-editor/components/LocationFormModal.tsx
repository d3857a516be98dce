import { Button, Fieldset, Group, Modal, Select, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../../api/error-messages';
import type { OfficeLocation } from '../../../api/types';
import { FormError } from '../../../components/FormError';
import { serverFieldErrors } from '../../../forms/server-errors';
import { useValidationMessage } from '../../../forms/useFieldValidators';
import { checkRequired } from '../../../forms/validators';
import { useCreateLocation, useUpdateLocation, WEEKDAYS } from '../../places';
import {
  browserTimeZone,
  checkDayHours,
  locationFormValues,
  openingHoursOf,
  timeZoneOptions,
  type LocationFormValues,
} from '../location-form';

interface LocationFormModalProps {
  /** null to add a new location. */
  location: OfficeLocation | null;
  onClose: () => void;
  onSaved: (location: OfficeLocation) => void;
}

/** Name, address, time zone and opening hours of a location; mounted per location (keyed by the caller). */
export function LocationFormModal({ location, onClose, onSaved }: LocationFormModalProps) {
  const { t } = useTranslation();
  const message = useValidationMessage();
  const create = useCreateLocation();
  const update = useUpdateLocation();
  const zones = useMemo(() => timeZoneOptions(), []);
  const form = useForm<LocationFormValues>({
    initialValues: locationFormValues(location, browserTimeZone()),
    validate: (values) => {
      const errors: Record<string, string | null> = {
        name: message(checkRequired(values.name)),
        timezone: message(checkRequired(values.timezone)),
      };
      for (const day of WEEKDAYS) {
        const problem = checkDayHours(values.hours[day]);
        if (problem) errors[`hours.${day}.${problem.field}`] = message(problem.key);
      }
      return errors;
    },
  });
  const mutation = location ? update : create;

  const handleSubmit = form.onSubmit((values) => {
    const body = {
      name: values.name.trim(),
      address: values.address.trim(),
      timezone: values.timezone,
      openingHours: openingHoursOf(values),
    };
    const onSuccess = (saved: OfficeLocation) => {
      notifications.show({
        color: 'green',
        message: t(location ? 'editor.locationForm.saved' : 'editor.locationForm.created', { name: saved.name }),
      });
      onSaved(saved);
    };
    const onError = (error: unknown) => {
      const fieldErrors = serverFieldErrors(error, (path) => path in values);
      form.setErrors(Object.fromEntries(Object.entries(fieldErrors).map(([field, key]) => [field, t(key)])));
    };
    if (location) update.mutate({ id: location.id, changes: body }, { onSuccess, onError });
    else create.mutate(body, { onSuccess, onError });
  });
  const formError = mutation.isError && Object.keys(serverFieldErrors(mutation.error, () => true)).length === 0;

  return (
    <Modal
      opened
      onClose={onClose}
      title={location ? t('editor.locationForm.editTitle', { name: location.name }) : t('editor.locationForm.createTitle')}
      size="lg"
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          {formError && <FormError>{t(errorMessageKey(mutation.error))}</FormError>}
          <TextInput
            label={t('editor.locationForm.name')}
            placeholder={t('editor.locationForm.namePlaceholder')}
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          <TextInput label={t('editor.locationForm.address')} {...form.getInputProps('address')} />
          <Select
            label={t('editor.locationForm.timezone')}
            description={t('editor.locationForm.timezoneHint')}
            data={zones}
            searchable
            required
            allowDeselect={false}
            limit={50}
            {...form.getInputProps('timezone')}
          />
          <Fieldset legend={t('editor.locationForm.openingHours')}>
            <Text size="xs" c="dimmed" mb="sm">
              {t('editor.locationForm.openingHoursHint')}
            </Text>
            <Stack gap="xs">
              {WEEKDAYS.map((day) => {
                const dayName = t(`editor.weekdays.${day}`);
                const open = form.values.hours[day].open;
                return (
                  <SimpleGrid key={day} cols={3} spacing="sm" verticalSpacing={0}>
                    <Switch
                      label={dayName}
                      aria-label={t('editor.locationForm.openOn', { day: dayName })}
                      mt={6}
                      {...form.getInputProps(`hours.${day}.open`, { type: 'checkbox' })}
                    />
                    {open ? (
                      <>
                        <TextInput
                          aria-label={t('editor.locationForm.opens', { day: dayName })}
                          placeholder="08:00"
                          inputMode="numeric"
                          {...form.getInputProps(`hours.${day}.from`)}
                        />
                        <TextInput
                          aria-label={t('editor.locationForm.closes', { day: dayName })}
                          placeholder="18:00"
                          inputMode="numeric"
                          {...form.getInputProps(`hours.${day}.to`)}
                        />
                      </>
                    ) : (
                      <Text size="sm" c="dimmed" mt={6}>
                        {t('editor.locationForm.closed')}
                      </Text>
                    )}
                  </SimpleGrid>
                );
              })}
            </Stack>
          </Fieldset>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {location ? t('common.save') : t('editor.locationForm.submitCreate')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
