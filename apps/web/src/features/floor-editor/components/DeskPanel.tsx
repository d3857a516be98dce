import {
  Autocomplete,
  Button,
  CloseButton,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../../api/error-messages';
import type { Desk } from '../../../api/types';
import { FormError } from '../../../components/FormError';
import { serverFieldErrors } from '../../../forms/server-errors';
import { useValidationMessage } from '../../../forms/useFieldValidators';
import { checkRequired } from '../../../forms/validators';
import type { PlanSize } from '../../places';
import type { DeskFields } from '../desk-changes';

interface DeskPanelProps {
  desk: Desk;
  /** Bounds for x and y; null while the floor has no plan. */
  size: PlanSize | null;
  zones: string[];
  amenities: string[];
  /** Focus the label on open (after a click or the table; not after a drag). */
  focusOnOpen: boolean;
  onSave: (edits: Partial<DeskFields>) => Promise<{ ok: true } | { ok: false; error: unknown }>;
  onDelete: () => void;
  onClose: () => void;
  saving: boolean;
}

interface DeskForm {
  label: string;
  zone: string;
  amenities: string[];
  bookable: boolean;
  x: number | string;
  y: number | string;
}

function formValuesOf(desk: Desk): DeskForm {
  return { label: desk.label, zone: desk.zone ?? '', amenities: desk.amenities, bookable: desk.bookable, x: desk.x, y: desk.y };
}

/** Label, zone, amenities, bookable and exact position of one desk. Mounted per desk and position. */
export function DeskPanel({ desk, size, zones, amenities, focusOnOpen, onSave, onDelete, onClose, saving }: DeskPanelProps) {
  const { t } = useTranslation();
  const message = useValidationMessage();
  const labelRef = useRef<HTMLInputElement>(null);
  const form = useForm<DeskForm>({
    initialValues: formValuesOf(desk),
    validate: { label: (value) => message(checkRequired(value)) },
  });
  // When the desk changes underneath the panel (an undo, a save), the form shows it as it is now;
  // otherwise "Save desk" would send the undone values again. Keyed on the values, not the object,
  // so a refetch that changes nothing keeps what the person is typing.
  const deskValues = JSON.stringify(formValuesOf(desk));
  const { setInitialValues, setValues } = form;
  useEffect(() => {
    const values = JSON.parse(deskValues) as DeskForm;
    setInitialValues(values);
    setValues(values);
  }, [deskValues, setInitialValues, setValues]);
  useEffect(() => {
    if (focusOnOpen) labelRef.current?.focus();
  }, [focusOnOpen]);

  const handleSubmit = form.onSubmit(async (values) => {
    const result = await onSave({
      label: values.label.trim(),
      zone: values.zone.trim() || null,
      amenities: values.amenities.map((a) => a.trim()).filter(Boolean),
      bookable: values.bookable,
      x: typeof values.x === 'number' ? values.x : desk.x,
      y: typeof values.y === 'number' ? values.y : desk.y,
    });
    if (result.ok) {
      notifications.show({ color: 'green', message: t('editor.desk.saved', { label: values.label.trim() }) });
      form.resetDirty();
      return;
    }
    const fieldErrors = serverFieldErrors(result.error, (path) => path in values, { DESK_LABEL_TAKEN: 'label' });
    form.setErrors(Object.fromEntries(Object.entries(fieldErrors).map(([field, key]) => [field, t(key)])));
    if (Object.keys(fieldErrors).length === 0) form.setErrors({ form: t(errorMessageKey(result.error)) });
  });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="desk-panel-title">
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack gap="sm">
          <Group justify="space-between" wrap="nowrap">
            <Title order={3} size="h5" id="desk-panel-title">
              {t('editor.desk.title', { label: desk.label })}
            </Title>
            <CloseButton onClick={onClose} aria-label={t('common.close')} />
          </Group>
          {typeof form.errors.form === 'string' && <FormError>{form.errors.form}</FormError>}
          <TextInput ref={labelRef} label={t('editor.desk.label')} required {...form.getInputProps('label')} />
          <Autocomplete
            label={t('editor.desk.zone')}
            placeholder={t('editor.desk.zonePlaceholder')}
            data={zones}
            {...form.getInputProps('zone')}
          />
          <TagsInput
            label={t('editor.desk.amenities')}
            placeholder={t('editor.desk.amenitiesPlaceholder')}
            data={amenities}
            maxTags={20}
            {...form.getInputProps('amenities')}
          />
          <Switch
            label={t('editor.desk.bookable')}
            description={t('editor.desk.bookableHint')}
            {...form.getInputProps('bookable', { type: 'checkbox' })}
          />
          <SimpleGrid cols={2} spacing="sm">
            <NumberInput label={t('editor.desk.x')} min={0} max={size?.width} allowDecimal={false} {...form.getInputProps('x')} />
            <NumberInput label={t('editor.desk.y')} min={0} max={size?.height} allowDecimal={false} {...form.getInputProps('y')} />
          </SimpleGrid>
          <Group justify="space-between">
            <Button variant="subtle" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={onDelete}>
              {t('editor.desk.delete')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('editor.desk.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
