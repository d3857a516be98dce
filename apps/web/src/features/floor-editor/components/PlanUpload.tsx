import { Alert, Button, FileButton, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconUpload } from '@tabler/icons-react';
import { useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, hasErrorCode } from '../../../api/api-error';
import type { Floor } from '../../../api/types';
import { useErrorMessage } from '../../../api/useErrorMessage';
import { MAX_PLAN_BYTES, useUploadPlan } from '../../places';
import classes from './PlanUpload.module.css';

const ACCEPT = 'image/png,image/jpeg,image/svg+xml,.svg';

/**
 * Upload or replace a floor's plan by file dialog or drag and drop. The API judges the file; what it
 * refuses stays on screen (`error`) until the next attempt.
 */
export function usePlanUpload(floor: Floor, onUploaded: () => void) {
  const { t } = useTranslation();
  const upload = useUploadPlan();
  const [tooLarge, setTooLarge] = useState(false);
  const send = (file: File | null) => {
    if (!file) return;
    upload.reset();
    // Refused here without sending 10+ MB over the network; the API enforces the same limit.
    setTooLarge(file.size > MAX_PLAN_BYTES);
    if (file.size > MAX_PLAN_BYTES) return;
    upload.mutate(
      { floorId: floor.id, file },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'green', message: t('editor.plan.uploaded', { floor: saved.name }) });
          onUploaded();
        },
      },
    );
  };
  const error = tooLarge ? new ApiError(413, 'PAYLOAD_TOO_LARGE', 'too large') : upload.error;
  return { send, uploading: upload.isPending, error };
}

/** Why the last upload was refused, e.g. "This file cannot be used as a floor plan…". */
export function PlanUploadError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  // The general PAYLOAD_TOO_LARGE text names no limit; a plan's (API_LIMITS.maxPlanBytes) has a way round it.
  const message = hasErrorCode(error, 'PAYLOAD_TOO_LARGE') ? t('editor.plan.tooLarge') : errorMessage(error);
  return (
    <Alert role="alert" color="red" variant="light" title={t('editor.plan.failed')} icon={<IconAlertCircle aria-hidden />}>
      {message}
    </Alert>
  );
}

export function PlanUploadButton({
  hasPlan,
  send,
  uploading,
}: {
  hasPlan: boolean;
  send: (file: File | null) => void;
  uploading: boolean;
}) {
  const { t } = useTranslation();
  return (
    <FileButton onChange={send} accept={ACCEPT}>
      {(props) => (
        <Button {...props} variant={hasPlan ? 'default' : 'filled'} leftSection={<IconUpload size={16} aria-hidden />} loading={uploading}>
          {hasPlan ? t('editor.plan.replace') : t('editor.plan.upload')}
        </Button>
      )}
    </FileButton>
  );
}

/** Accepts a plan file dropped anywhere on its area (the plan itself, or the empty space before one). */
export function PlanDropZone({
  send,
  children,
  empty = false,
}: {
  send: (file: File | null) => void;
  children: ReactNode;
  empty?: boolean;
}) {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState(false);
  const hasFile = (event: DragEvent) => event.dataTransfer.types.includes('Files');
  return (
    <div
      className={`${classes.dropZone} ${empty ? classes.empty : ''}`}
      onDragOver={(event) => {
        if (!hasFile(event)) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(event) => {
        if (!hasFile(event)) return;
        event.preventDefault();
        setDragging(false);
        send(event.dataTransfer.files[0] ?? null);
      }}
    >
      {children}
      {dragging && (
        <div className={classes.overlay}>
          <Text fw={600}>{t('editor.plan.dropActive')}</Text>
        </div>
      )}
    </div>
  );
}
