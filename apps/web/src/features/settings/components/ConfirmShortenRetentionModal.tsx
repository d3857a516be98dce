import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmShortenRetentionModalProps {
  fromDays: number;
  toDays: number;
  mode: 'anonymize' | 'delete';
  onConfirm: () => void;
  onCancel: () => void;
}

/** Irreversible: the person types a word instead of clicking through. */
export function ConfirmShortenRetentionModal({ fromDays, toDays, mode, onConfirm, onCancel }: ConfirmShortenRetentionModalProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const word = t('settings.confirmRetention.word');
  const matches = typed.trim().toLocaleUpperCase() === word.toLocaleUpperCase();

  return (
    <Modal opened onClose={onCancel} title={t('settings.confirmRetention.title')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (matches) onConfirm();
        }}
      >
        <Stack gap="md">
          <Text size="sm">
            {t(`settings.confirmRetention.body.${mode}`, { from: fromDays, to: toDays })}
          </Text>
          <Text size="sm" fw={600}>
            {t('settings.confirmRetention.irreversible')}
          </Text>
          <TextInput
            label={t('settings.confirmRetention.typeWord', { word })}
            value={typed}
            onChange={(event) => {
              setTyped(event.currentTarget.value);
            }}
            autoComplete="off"
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" disabled={!matches}>
              {t('settings.confirmRetention.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
