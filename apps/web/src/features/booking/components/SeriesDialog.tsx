import { Alert, Button, Chip, Group, List, Modal, NumberInput, SegmentedControl, Stack, Text, ThemeIcon } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasErrorCode } from '../../../api/api-error';
import { useErrorMessage } from '../../../api/useErrorMessage';
import { formattingLocale } from '../../../lib/formatting-locale';
import { formatDay } from '../format';
import { useCreateSeries } from '../hooks/useBookingSeries';
import {
  bookableDates,
  conflictRefusals,
  isoWeekday,
  localDateOf,
  MAX_SERIES_DATES,
  MAX_SERIES_WEEKS,
  refusalMessageKey,
  seriesDates,
  type BookingSeries,
  type SeriesRefusal,
} from '../series';
import { daysFrom } from '../time-range';

interface SeriesDialogProps {
  opened: boolean;
  onClose: () => void;
  desk: { deskId: string; label: string };
  /** The first occurrence: the day and times the page shows, and its local date. */
  first: { from: string; to: string; date: string };
  /** The last day that can be booked now (maxDaysAhead), for the day picker. */
  lastDay: string;
  zone: string;
  visibleToColleagues: boolean | undefined;
}

type Mode = 'weekly' | 'days';
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** "Repeat…": the same desk and times on chosen weekdays for some weeks, or on picked days. */
export function SeriesDialog({ opened, onClose, desk, first, lastDay, zone, visibleToColleagues }: SeriesDialogProps) {
  const { t, i18n } = useTranslation();
  const locale = formattingLocale(i18n.language);
  const errorMessage = useErrorMessage();
  const create = useCreateSeries();
  const [mode, setMode] = useState<Mode>('weekly');
  const [weekdays, setWeekdays] = useState<string[]>([String(isoWeekday(first.date))]);
  const [weeks, setWeeks] = useState<number>(4);
  const [days, setDays] = useState<string[]>([first.date]);
  const [conflict, setConflict] = useState<{ refused: SeriesRefusal[] } | null>(null);
  const [done, setDone] = useState<BookingSeries | null>(null);

  const pattern = mode === 'weekly' ? { weekdays: weekdays.map(Number), weeks } : { days };
  const dates = seriesDates(first.date, pattern);
  const tooMany = dates.length > MAX_SERIES_DATES;
  const day = (date: string) => formatDay(date, zone, locale);

  const close = () => {
    setConflict(null);
    setDone(null);
    create.reset();
    onClose();
  };

  const submit = (allowPartial: boolean) => {
    create.mutate(
      {
        deskId: desk.deskId,
        startsAt: first.from,
        endsAt: first.to,
        ...(mode === 'weekly' ? { weekdays: weekdays.map(Number), weeks } : { days }),
        ...(allowPartial ? { allowPartial } : {}),
        ...(visibleToColleagues === undefined ? {} : { visibleToColleagues }),
      },
      {
        onSuccess: (series) => {
          setConflict(null);
          setDone(series);
          notifications.show({ color: 'green', message: t('series.bookedCount', { count: series.booked.length, label: desk.label }) });
        },
        onError: (error) => {
          if (hasErrorCode(error, 'SERIES_CONFLICT')) setConflict({ refused: conflictRefusals(error.details) });
          else notifications.show({ color: 'red', title: t('series.failed', { label: desk.label }), message: errorMessage(error) });
        },
      },
    );
  };

  const outcome = (refused: SeriesRefusal[], tried: string[]) => (
    <List spacing={4} size="sm" center aria-label={t('series.outcome')}>
      {tried.map((date) => {
        const refusal = refused.find((r) => r.date === date);
        return (
          <List.Item
            key={date}
            icon={
              <ThemeIcon size={20} radius="xl" color={refusal ? 'red' : 'green'} variant="light">
                {refusal ? <IconX size={12} aria-hidden /> : <IconCheck size={12} aria-hidden />}
              </ThemeIcon>
            }
          >
            {day(date)}: {refusal ? t(refusalMessageKey(refusal)) : t('series.free')}
          </List.Item>
        );
      })}
    </List>
  );

  let body;
  if (done) {
    const tried = [...new Set([...done.booked.map((b) => localDateOf(b.startsAt, zone)), ...done.refused.map((r) => r.date)])].sort();
    body = (
      <Stack gap="sm">
        <Alert color="green" title={t('series.doneTitle', { count: done.booked.length, label: desk.label })}>
          {done.refused.length > 0 ? t('series.doneSkipped', { count: done.refused.length }) : t('series.doneAll')}
        </Alert>
        {outcome(done.refused, tried)}
        <Group justify="flex-end">
          <Button onClick={close}>{t('series.close')}</Button>
        </Group>
      </Stack>
    );
  } else if (conflict) {
    const free = bookableDates(dates, conflict.refused);
    body = (
      <Stack gap="sm">
        <Alert color="orange" title={t('series.conflictTitle')}>
          {free.length > 0 ? t('series.conflictBody', { count: free.length }) : t('series.nothingFree')}
        </Alert>
        {outcome(conflict.refused, dates)}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('series.cancel')}
          </Button>
          {free.length > 0 && (
            <Button onClick={() => submit(true)} loading={create.isPending}>
              {t('series.bookFree', { count: free.length })}
            </Button>
          )}
        </Group>
      </Stack>
    );
  } else {
    body = (
      <Stack gap="sm">
        <SegmentedControl
          value={mode}
          onChange={setMode}
          data={[
            { value: 'weekly', label: t('series.weekly') },
            { value: 'days', label: t('series.severalDays') },
          ]}
          aria-label={t('series.modeLabel')}
        />
        {mode === 'weekly' ? (
          <>
            <Text size="sm" fw={500} id="series-weekdays">
              {t('series.weekdays')}
            </Text>
            <Chip.Group multiple value={weekdays} onChange={setWeekdays}>
              <Group gap={6} role="group" aria-labelledby="series-weekdays">
                {WEEKDAYS.map((d) => (
                  <Chip key={d} value={String(d)} size="sm">
                    {t(`series.day.${WEEKDAY_KEYS[d - 1]}`)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
            <NumberInput
              label={t('series.weeks')}
              min={1}
              max={MAX_SERIES_WEEKS}
              value={weeks}
              onChange={(value) => setWeeks(typeof value === 'number' ? value : Number(value) || 1)}
              w={160}
            />
          </>
        ) : (
          <>
            <Text size="sm" fw={500} id="series-days">
              {t('series.pickDays')}
            </Text>
            <Chip.Group multiple value={days} onChange={setDays}>
              <Group gap={6} role="group" aria-labelledby="series-days">
                {daysFrom(first.date, lastDay).map((d) => (
                  <Chip key={d} value={d} size="sm">
                    {day(d)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </>
        )}
        <Text size="sm" fw={500}>
          {t('series.willTry', { count: dates.length })}
        </Text>
        {dates.length > 0 && (
          <Text size="sm" c="dimmed">
            {dates.map(day).join(' · ')}
          </Text>
        )}
        {tooMany && (
          <Text size="sm" c="red">
            {t('series.tooMany', { max: MAX_SERIES_DATES })}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('series.cancel')}
          </Button>
          <Button onClick={() => submit(false)} loading={create.isPending} disabled={dates.length === 0 || tooMany}>
            {t('series.submit', { count: dates.length })}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Modal opened={opened} onClose={close} title={t('series.title', { label: desk.label })} size="lg">
      {body}
    </Modal>
  );
}
