import { Button, Group, Modal, NumberInput, SegmentedControl, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useValidationMessage } from '../../../forms/useFieldValidators';
import { checkIntegerInRange } from '../../../forms/validators';
import type { PlanPoint, PlanSize } from '../../places';
import { rowOfPoints, type RowDirection } from '../desk-row';

interface AddRowModalProps {
  size: PlanSize;
  onClose: () => void;
  onAdd: (points: PlanPoint[]) => void;
  adding: boolean;
}

const COUNT = { min: 1, max: 30 };
const SPACING = { min: 10, max: 2000 };

/** Several desks at once, evenly spaced from the middle of the plan; they are dragged into place after. */
export function AddRowModal({ size, onClose, onAdd, adding }: AddRowModalProps) {
  const { t } = useTranslation();
  const message = useValidationMessage();
  const form = useForm<{ count: number | string; spacing: number | string; direction: RowDirection }>({
    initialValues: { count: 4, spacing: 60, direction: 'right' },
    validate: {
      count: (value) => message(checkIntegerInRange(value, COUNT.min, COUNT.max), COUNT),
      spacing: (value) => message(checkIntegerInRange(value, SPACING.min, SPACING.max), SPACING),
    },
  });
  const handleSubmit = form.onSubmit((values) => {
    onAdd(rowOfPoints(size, Number(values.count), Number(values.spacing), values.direction));
  });
  return (
    <Modal opened onClose={onClose} title={t('editor.row.title')}>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('editor.row.intro')}
          </Text>
          <NumberInput
            label={t('editor.row.count')}
            min={COUNT.min}
            max={COUNT.max}
            allowDecimal={false}
            data-autofocus
            {...form.getInputProps('count')}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="row-direction">
              {t('editor.row.direction')}
            </Text>
            <SegmentedControl<RowDirection>
              aria-labelledby="row-direction"
              data={[
                { value: 'right', label: t('editor.row.right') },
                { value: 'down', label: t('editor.row.down') },
              ]}
              {...form.getInputProps('direction')}
            />
          </Stack>
          <NumberInput
            label={t('editor.row.spacing')}
            min={SPACING.min}
            max={SPACING.max}
            allowDecimal={false}
            {...form.getInputProps('spacing')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={adding}>
              {t('editor.row.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
