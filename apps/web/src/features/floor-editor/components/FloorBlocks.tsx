import {
  ActionIcon,
  Alert,
  Button,
  Group,
  List,
  Modal,
  MultiSelect,
  Paper,
  Radio,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconBan, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasErrorCode } from '../../../api/api-error';
import type { Desk, Floor } from '../../../api/types';
import { useErrorMessage } from '../../../api/useErrorMessage';
import { DateField } from '../../../components/DateField';
import { ErrorState } from '../../../components/ErrorState';
import { formattingLocale } from '../../../lib/formatting-locale';
import { useLocations } from '../../places';
import {
  blockBody,
  blockedDeskLabels,
  blockFormProblem,
  blockRangeLabel,
  bookingsInBlock,
  type BlockForm,
  type BookingInBlock,
} from '../block-range';
import { useCreateBlock, useFloorBlocks, useRemoveBlock, type DeskBlock } from '../hooks/useDeskBlocks';

interface FloorBlocksProps {
  floor: Floor;
  desks: readonly Desk[];
}

const MAX_REASON = 200;

/** "Thu, Dec 24, 9:00 AM – 5:00 PM" in the location's time zone. */
function bookingTimes(booking: BookingInBlock, zone: string, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, {
    timeZone: zone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
  return format.formatRange(new Date(booking.startsAt), new Date(booking.endsAt));
}

/**
 * Blocked dates of a floor (staff): desks, or the whole floor, taken out of booking for some days.
 * Bookings inside a new block are listed (desk and time, never who) and cancelled only after the
 * person confirms.
 */
export function FloorBlocks({ floor, desks }: FloorBlocksProps) {
  const { t, i18n } = useTranslation();
  const locale = formattingLocale(i18n.language);
  const errorMessage = useErrorMessage();
  const blocks = useFloorBlocks(floor.id);
  const remove = useRemoveBlock();
  const locations = useLocations();
  const zone = locations.data?.find((location) => location.id === floor.locationId)?.timezone ?? 'UTC';
  const [creating, setCreating] = useState(false);

  const confirmRemove = (block: DeskBlock) => {
    const range = blockRangeLabel(block.from, block.to, locale);
    modals.openConfirmModal({
      title: t('editor.blocks.remove.title', { range }),
      children: <Text size="sm">{t('editor.blocks.remove.body')}</Text>,
      labels: { confirm: t('editor.blocks.remove.confirm'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        remove.mutate(block.id, {
          onSuccess: () => notifications.show({ color: 'green', message: t('editor.blocks.remove.done', { range }) }),
          onError: (error) => notifications.show({ color: 'red', title: t('editor.blocks.remove.failed'), message: errorMessage(error) }),
        });
      },
    });
  };

  let content;
  if (blocks.isPending) {
    content = <Skeleton h={60} aria-label={t('states.loading')} role="status" />;
  } else if (blocks.isError) {
    content = <ErrorState error={blocks.error} onRetry={() => void blocks.refetch()} />;
  } else if (blocks.data.length === 0) {
    content = (
      <Paper withBorder p="md" c="dimmed" fz="sm">
        {t('editor.blocks.empty')}
      </Paper>
    );
  } else {
    content = (
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {blocks.data.map((block) => {
          const range = blockRangeLabel(block.from, block.to, locale);
          const labels = blockedDeskLabels(block.deskIds, desks);
          return (
            <Paper key={block.id} withBorder p="sm" component="li">
              <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
                <Stack gap={2} miw={0}>
                  <Text fw={600}>{range}</Text>
                  <Text size="sm">
                    {labels ? t('editor.blocks.desks', { labels: labels.join(', '), count: labels.length }) : t('editor.blocks.wholeFloor')}
                  </Text>
                  <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {block.reason}
                  </Text>
                </Stack>
                <Tooltip label={t('editor.blocks.remove.label', { range })}>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    aria-label={t('editor.blocks.remove.label', { range })}
                    onClick={() => {
                      confirmRemove(block);
                    }}
                  >
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              </Group>
            </Paper>
          );
        })}
      </Stack>
    );
  }

  return (
    <Stack gap="xs" component="section" aria-labelledby="editor-blocks-title">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Title order={3} size="h4" id="editor-blocks-title">
          {t('editor.blocks.title')}
        </Title>
        <Button
          variant="default"
          leftSection={<IconBan size={16} aria-hidden />}
          onClick={() => {
            setCreating(true);
          }}
        >
          {t('editor.blocks.add')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('editor.blocks.description')}
      </Text>
      {content}
      {creating && (
        <BlockModal
          floor={floor}
          desks={desks}
          zone={zone}
          locale={locale}
          onClose={() => {
            setCreating(false);
          }}
        />
      )}
    </Stack>
  );
}

interface BlockModalProps {
  floor: Floor;
  desks: readonly Desk[];
  zone: string;
  locale: string;
  onClose: () => void;
}

/** The form; after a 409 BLOCK_HAS_BOOKINGS, the bookings it would cancel and "Cancel them and block" / "Back". */
function BlockModal({ floor, desks, zone, locale, onClose }: BlockModalProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const create = useCreateBlock();
  const [form, setForm] = useState<BlockForm>({ wholeFloor: true, deskIds: [], from: '', to: '', reason: '' });
  const [showProblem, setShowProblem] = useState(false);
  const [inside, setInside] = useState<BookingInBlock[] | null>(null);
  const problem = blockFormProblem(form);
  const shown = showProblem ? problem : null;

  const send = (confirm: boolean) => {
    if (problem) {
      setShowProblem(true);
      return;
    }
    create.mutate(
      { floorId: floor.id, input: blockBody(form), confirm },
      {
        onSuccess: (result) => {
          const range = blockRangeLabel(result.block.from, result.block.to, locale);
          notifications.show({
            color: 'green',
            message: result.cancelled.length
              ? t('editor.blocks.createdCancelled', { range, count: result.cancelled.length })
              : t('editor.blocks.created', { range }),
          });
          onClose();
        },
        onError: (error) => {
          if (hasErrorCode(error, 'BLOCK_HAS_BOOKINGS')) setInside(bookingsInBlock(error.details));
        },
      },
    );
  };
  const failure = create.error && !hasErrorCode(create.error, 'BLOCK_HAS_BOOKINGS') ? errorMessage(create.error) : null;

  return (
    <Modal opened onClose={onClose} title={t('editor.blocks.form.title', { floor: floor.name })} size="lg">
      {inside ? (
        <Stack gap="sm">
          <Text size="sm">{t('editor.blocks.inside.body', { count: inside.length })}</Text>
          <List size="sm" spacing={4} aria-label={t('editor.blocks.inside.listLabel')}>
            {inside.map((booking) => (
              <List.Item key={booking.id}>
                {t('book.desk', { label: booking.deskLabel })}: {bookingTimes(booking, zone, locale)}
              </List.Item>
            ))}
          </List>
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          <Group justify="flex-end" gap="xs" wrap="wrap">
            <Button
              variant="default"
              onClick={() => {
                setInside(null);
                create.reset();
              }}
            >
              {t('common.back')}
            </Button>
            <Button
              color="red"
              loading={create.isPending}
              onClick={() => {
                send(true);
              }}
            >
              {t('editor.blocks.inside.confirm', { count: inside.length })}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            send(false);
          }}
        >
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('editor.blocks.form.zone', { zone })}
            </Text>
            <Radio.Group
              label={t('editor.blocks.form.what')}
              value={form.wholeFloor ? 'floor' : 'desks'}
              onChange={(value) => {
                setForm({ ...form, wholeFloor: value === 'floor' });
              }}
            >
              <Stack gap={6} mt={6}>
                <Radio value="floor" label={t('editor.blocks.wholeFloor')} />
                <Radio value="desks" label={t('editor.blocks.form.chosenDesks')} />
              </Stack>
            </Radio.Group>
            {!form.wholeFloor && (
              <MultiSelect
                label={t('editor.blocks.form.desks')}
                data={desks.map((desk) => ({ value: desk.id, label: desk.label }))}
                value={form.deskIds}
                onChange={(deskIds) => {
                  setForm({ ...form, deskIds });
                }}
                searchable
                clearable
                nothingFoundMessage={t('editor.blocks.form.noDesk')}
                error={shown === 'desks' ? t('editor.blocks.form.problem.desks') : undefined}
              />
            )}
            <Group grow align="flex-start" wrap="wrap" gap="sm">
              <DateField
                label={t('editor.blocks.form.from')}
                value={form.from}
                onChange={(from) => {
                  setForm({ ...form, from, to: form.to || from });
                }}
                error={shown === 'from' ? t('editor.blocks.form.problem.from') : undefined}
              />
              <DateField
                label={t('editor.blocks.form.to')}
                value={form.to}
                onChange={(to) => {
                  setForm({ ...form, to });
                }}
                error={shown === 'to' || shown === 'order' ? t(`editor.blocks.form.problem.${shown}`) : undefined}
              />
            </Group>
            <TextInput
              label={t('editor.blocks.form.reason')}
              description={t('editor.blocks.form.reasonHint')}
              value={form.reason}
              maxLength={MAX_REASON}
              onChange={(event) => {
                setForm({ ...form, reason: event.currentTarget.value });
              }}
              error={shown === 'reason' ? t('editor.blocks.form.problem.reason') : undefined}
            />
            {failure && (
              <Alert color="red" role="alert">
                {failure}
              </Alert>
            )}
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t('editor.blocks.form.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
