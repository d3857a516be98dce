import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TypedConfirmModal } from '../../../components/TypedConfirmModal';
import { retentionDays, type Retention } from '../../../lib/retention-days';
import type { RetentionConfirmation } from '../retention';

interface ConfirmRetentionChangeModalProps {
  saved: Retention;
  edited: Retention;
  reasons: RetentionConfirmation;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Shortening the period, or switching from anonymizing to deleting, is irreversible at the next run. */
export function ConfirmRetentionChangeModal({ saved, edited, reasons, onConfirm, onCancel }: ConfirmRetentionChangeModalProps) {
  const { t } = useTranslation();
  const kind = reasons.toDelete ? 'toDelete' : 'shorten';
  const body = reasons.toDelete
    ? reasons.shortened
      ? 'settings.confirmRetention.body.toDeleteShortened'
      : 'settings.confirmRetention.body.toDelete'
    : (`settings.confirmRetention.body.${edited.mode}` as const);
  return (
    <TypedConfirmModal
      title={t(`settings.confirmRetention.title.${kind}`)}
      word={t(`settings.confirmRetention.word.${kind}`)}
      confirmLabel={t(`settings.confirmRetention.confirm.${kind}`)}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <Text size="sm">{t(body, { from: saved.afterDays, count: retentionDays(edited) })}</Text>
    </TypedConfirmModal>
  );
}
