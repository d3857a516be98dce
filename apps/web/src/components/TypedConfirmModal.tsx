import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { matchesTypedWord } from '../forms/typed-word';

interface TypedConfirmModalProps {
  title: string;
  /** What will happen, in plain words; "This cannot be undone." follows it. */
  children: ReactNode;
  /** The word to type, in the person's language ("DELETE", "LÖSCHEN"). */
  word: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  loading?: boolean;
}

/**
 * The confirmation of an irreversible action: the person types a word instead of clicking through.
 * Mounted only while open, so every opening starts empty.
 */
export function TypedConfirmModal({ title, children, word, confirmLabel, onConfirm, onCancel, loading = false }: TypedConfirmModalProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const matches = matchesTypedWord(typed, word);
  return (
    <Modal opened onClose={onCancel} title={title}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          // React events bubble along the component tree, not the DOM: without this, a dialog opened
          // from inside a form (Settings) would submit that form too, which opens the dialog again.
          event.stopPropagation();
          if (matches) onConfirm();
        }}
      >
        <Stack gap="md">
          {children}
          <Text size="sm" fw={600}>
            {t('common.irreversible')}
          </Text>
          <TextInput
            label={t('common.typeWord', { word })}
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
            <Button type="submit" color="red" disabled={!matches} loading={loading}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
