import { Button, Group, Modal, NumberInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../../api/error-messages';
import type { Floor, OfficeLocation } from '../../../api/types';
import { FormError } from '../../../components/FormError';
import { useValidationMessage } from '../../../forms/useFieldValidators';
import { checkIntegerInRange, checkRequired } from '../../../forms/validators';
import { useCreateFloor, useUpdateFloor } from '../../places';

interface FloorFormModalProps {
  location: OfficeLocation;
  /** null to add a floor to the location. */
  floor: Floor | null;
  /** The level a new floor starts with (one above the highest). */
  nextLevel: number;
  onClose: () => void;
  onSaved: (floor: Floor) => void;
}

/** The API's range for levels: basements to skyscrapers. */
const LEVELS = { min: -20, max: 300 };

export function FloorFormModal({ location, floor, nextLevel, onClose, onSaved }: FloorFormModalProps) {
  const { t } = useTranslation();
  const message = useValidationMessage();
  const create = useCreateFloor();
  const update = useUpdateFloor();
  const mutation = floor ? update : create;
  const form = useForm({
    initialValues: { name: floor?.name ?? '', level: floor?.level ?? nextLevel },
    validate: {
      name: (value) => message(checkRequired(value)),
      level: (value) => message(checkIntegerInRange(value, LEVELS.min, LEVELS.max), LEVELS),
    },
  });

  const handleSubmit = form.onSubmit((values) => {
    const input = { name: values.name.trim(), level: values.level };
    const onSuccess = (saved: Floor) => {
      notifications.show({
        color: 'green',
        message: t(floor ? 'editor.floorForm.saved' : 'editor.floorForm.created', { name: saved.name }),
      });
      onSaved(saved);
    };
    if (floor) update.mutate({ id: floor.id, changes: input }, { onSuccess });
    else create.mutate({ locationId: location.id, input }, { onSuccess });
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={floor ? t('editor.floorForm.editTitle', { name: floor.name }) : t('editor.floorForm.createTitle', { location: location.name })}
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          {mutation.isError && <FormError>{t(errorMessageKey(mutation.error))}</FormError>}
          <TextInput
            label={t('editor.floorForm.name')}
            placeholder={t('editor.floorForm.namePlaceholder')}
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          <NumberInput
            label={t('editor.floorForm.level')}
            description={t('editor.floorForm.levelHint')}
            allowDecimal={false}
            min={LEVELS.min}
            max={LEVELS.max}
            {...form.getInputProps('level')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {floor ? t('common.save') : t('editor.floorForm.submitCreate')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
