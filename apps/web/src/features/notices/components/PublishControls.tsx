import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../api/useErrorMessage';
import { FormError } from '../../../components/FormError';
import { usePublishNotice, type PublishNoticeInput } from '../hooks/useNoticeAdmin';

/** Longest change summary offered; the summary is one sentence in the dialog people see. */
const MAX_SUMMARY_CHARS = 500;

interface PublishControlsProps {
  /** The version a publication would get (the newest + 1). */
  nextVersion: number;
  label: string;
  /** The publication without its summary, or null when the input is not valid yet (the form shows why). */
  prepare: () => Omit<PublishNoticeInput, 'changeSummary'> | null;
  onPublished?: () => void;
}

/**
 * An optional change summary and "Publish", confirmed first: a new version asks everyone to read and
 * confirm it again. Errors of the API stay on screen until the next attempt.
 */
export function PublishControls({ nextVersion, label, prepare, onPublished }: PublishControlsProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const publish = usePublishNotice();
  const [summary, setSummary] = useState('');
  const [pending, setPending] = useState<Omit<PublishNoticeInput, 'changeSummary'> | null>(null);

  const ask = () => {
    publish.reset();
    setPending(prepare());
  };
  const confirm = () => {
    if (!pending) return;
    const changeSummary = summary.trim();
    publish.mutate({ ...pending, ...(changeSummary ? { changeSummary } : {}) } as PublishNoticeInput, {
      onSuccess: (version) => {
        setPending(null);
        setSummary('');
        notifications.show({ color: 'green', message: t('notices.admin.publish.done', { version: version.version }) });
        onPublished?.();
      },
      onError: () => setPending(null),
    });
  };

  return (
    <Stack gap="sm">
      <TextInput
        label={t('notices.admin.publish.summary')}
        description={t('notices.admin.publish.summaryHint')}
        maxLength={MAX_SUMMARY_CHARS}
        value={summary}
        onChange={(event) => setSummary(event.currentTarget.value)}
      />
      {publish.isError && <FormError title={t('notices.admin.publish.failed')}>{errorMessage(publish.error)}</FormError>}
      <Group>
        <Button onClick={ask} loading={publish.isPending}>
          {label}
        </Button>
      </Group>
      <Modal
        opened={pending !== null}
        onClose={() => setPending(null)}
        title={t('notices.admin.publish.confirmTitle', { version: nextVersion })}
      >
        <Stack gap="md">
          <Text size="sm">{t('notices.admin.publish.confirmBody', { version: nextVersion })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setPending(null)}>
              {t('common.cancel')}
            </Button>
            <Button onClick={confirm} loading={publish.isPending}>
              {t('notices.admin.publish.confirm', { version: nextVersion })}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
