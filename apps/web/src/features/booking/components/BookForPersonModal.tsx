import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasErrorCode } from '../../../api/api-error';
import { useErrorMessage } from '../../../api/useErrorMessage';
import { useBookForPerson, useMemberDirectory } from '../hooks/useStaffBookingActions';
import { newIdempotencyKey } from '../idempotency-key';
import { DIRECTORY_MIN_CHARS, directoryQuery } from '../staff-actions';

interface BookForPersonModalProps {
  opened: boolean;
  onClose: () => void;
  desk: { deskId: string; label: string };
  /** The range the page shows; the booking covers it. */
  range: { from: string; to: string };
  /** The same range in words. */
  when: string;
  onBooked: () => void;
}

/** Staff book the shown range on a free desk for a member they find by name. */
export function BookForPersonModal({ opened, onClose, desk, range, when, onBooked }: BookForPersonModalProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [search, setSearch] = useState('');
  const [personId, setPersonId] = useState<string | null>(null);
  // One key per dialog: a retry of the same confirmation never books twice.
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const directory = useMemberDirectory(search);
  const book = useBookForPerson();
  const options = (directory.data ?? []).map((member) => ({ value: member.id, label: member.displayName }));
  const person = options.find((option) => option.value === personId) ?? null;

  const close = () => {
    setSearch('');
    setPersonId(null);
    setIdempotencyKey(newIdempotencyKey());
    onClose();
  };
  const submit = () => {
    if (!person) return;
    book.mutate(
      { deskId: desk.deskId, startsAt: range.from, endsAt: range.to, forUserId: person.value, idempotencyKey },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('staffActions.book.done', { label: desk.label, name: person.label, when }) });
          close();
          onBooked();
        },
        onError: (error) => {
          let message = errorMessage(error);
          if (hasErrorCode(error, 'USER_OVERLAP')) message = t('staffActions.book.overlap', { name: person.label });
          if (hasErrorCode(error, 'DESK_TAKEN')) message = t('book.deskTaken', { label: desk.label });
          notifications.show({ color: 'red', title: t('book.bookFailed', { label: desk.label }), message });
          // Another try after a refusal is a new request.
          setIdempotencyKey(newIdempotencyKey());
        },
      },
    );
  };

  let nothingFound = t('staffActions.book.typeMore', { count: DIRECTORY_MIN_CHARS });
  if (directoryQuery(search) !== null) nothingFound = directory.isError ? errorMessage(directory.error) : t('staffActions.book.noMatch');

  return (
    <Modal opened={opened} onClose={close} title={t('staffActions.book.title', { label: desk.label })}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{when}</Text>
          <Select
            label={t('staffActions.book.person')}
            description={t('staffActions.book.personHint')}
            placeholder={t('staffActions.book.search')}
            searchable
            required
            clearable
            data={person && !options.some((o) => o.value === person.value) ? [person, ...options] : options}
            value={personId}
            onChange={setPersonId}
            searchValue={search}
            onSearchChange={setSearch}
            // The API already searched; the list shows what it found.
            filter={({ options: found }) => found}
            nothingFoundMessage={nothingFound}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('staffActions.book.back')}
            </Button>
            <Button type="submit" disabled={!person} loading={book.isPending}>
              {t('staffActions.book.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
