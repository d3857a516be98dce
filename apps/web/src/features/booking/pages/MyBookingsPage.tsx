import { Button, EmptyState, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarDown, IconCalendarEvent } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Booking } from '../../../api/types';
import { apiUrls } from '../../../api/urls';
import { useErrorMessage } from '../../../api/useErrorMessage';
import { HOME_PATH } from '../../../lib/paths';
import { ErrorState } from '../../../components/ErrorState';
import { PageHeader } from '../../../components/PageHeader';
import { TableSkeleton } from '../../../components/TableSkeleton';
import { useFloorDirectory } from '../../places';
import { useTenantSettings } from '../../../api/tenant-settings';
import { BookingItem } from '../components/BookingItem';
import { formattingLocale } from '../../../lib/formatting-locale';
import { browserZone, formatDay, formatLongDay, formatTime } from '../format';
import { useCheckIn } from '../hooks/useBookingMutations';
import { useConfirmCancelBooking } from '../hooks/useConfirmCancelBooking';
import { useConfirmCancelOccurrence } from '../hooks/useConfirmCancelOccurrence';
import { UsualDeskAction } from '../components/UsualDeskAction';
import { useMyBookings } from '../hooks/useMyBookings';
import { useNow } from '../hooks/useNow';
import { bookingState, canCheckIn, checkInDeadline, groupByDay, myBookingsWindow, splitBookings, type DayGroup } from '../my-bookings';
import { addDays, todayIn } from '../time-range';

export function MyBookingsPage() {
  const { t, i18n } = useTranslation();
  const locale = formattingLocale(i18n.language);
  const errorMessage = useErrorMessage();
  const now = useNow(30_000);
  // The range is fixed when the page opens, so the query key (and the cache) stays the same.
  const [openedAt] = useState(() => new Date());
  const settings = useTenantSettings();
  const shownRange = settings.data ? myBookingsWindow(openedAt, settings.data.booking.maxDaysAhead) : null;
  const bookings = useMyBookings(shownRange);
  const { places, isPending: placesPending } = useFloorDirectory();
  const { confirmCancel, cancellingId } = useConfirmCancelBooking();
  const checkIn = useCheckIn();
  const { confirmCancelOccurrence } = useConfirmCancelOccurrence();

  // Times in the booking's location zone; the browser's while (or if) the location is unknown.
  const zoneOf = (booking: Booking) => places.get(booking.floorId)?.location.timezone ?? browserZone();
  const times = (booking: Booking) =>
    t('book.range', {
      from: formatTime(booking.startsAt, zoneOf(booking), locale),
      to: formatTime(booking.endsAt, zoneOf(booking), locale),
    });
  const when = (booking: Booking) =>
    t('book.when', {
      date: formatDay(booking.startsAt, zoneOf(booking), locale),
      from: formatTime(booking.startsAt, zoneOf(booking), locale),
      to: formatTime(booking.endsAt, zoneOf(booking), locale),
    });

  const dayHeading = (group: DayGroup<Booking>) => {
    const date = formatLongDay(group.day, group.zone, locale);
    const today = todayIn(group.zone, now);
    if (group.day === today) return t('myBookings.dayToday', { date });
    if (group.day === addDays(today, 1, group.zone)) return t('myBookings.dayTomorrow', { date });
    return date;
  };

  const checkInNow = (booking: Booking) => {
    checkIn.mutate(booking.id, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('myBookings.checkInDone', { label: booking.deskLabel }) });
      },
      onError: (error) => {
        notifications.show({
          color: 'red',
          title: t('myBookings.checkInFailed', { label: booking.deskLabel }),
          message: errorMessage(error),
        });
      },
    });
  };

  const renderGroups = (groups: DayGroup<Booking>[], upcoming: boolean) =>
    groups.map((group) => (
      <Stack key={`${group.day} ${group.zone}`} gap="xs" component="section" aria-label={dayHeading(group)}>
        <Title order={3} size="h5">
          {dayHeading(group)}
          {group.zone !== browserZone() && (
            <Text span size="sm" c="dimmed" fw={400}>
              {' · '}
              {t('myBookings.timeZoneNote', { zone: group.zone })}
            </Text>
          )}
        </Title>
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {group.bookings.map((booking) => {
            const state = bookingState(booking);
            const bookingRules = settings.data?.booking;
            const needsCheckIn = upcoming && state === 'active' && bookingRules?.checkInRequired === true;
            return (
              <BookingItem
                key={booking.id}
                booking={booking}
                state={state}
                place={places.get(booking.floorId)}
                times={times(booking)}
                checkInHint={
                  needsCheckIn
                    ? t('myBookings.checkInBy', {
                        time: formatTime(checkInDeadline(booking, bookingRules.checkInGraceMinutes).toISOString(), zoneOf(booking), locale),
                      })
                    : null
                }
                onCheckIn={
                  upcoming && canCheckIn(booking, now)
                    ? () => {
                        checkInNow(booking);
                      }
                    : null
                }
                onCancel={
                  upcoming
                    ? () => {
                        const asked = { id: booking.id, label: booking.deskLabel, when: when(booking) };
                        if (booking.seriesId)
                          confirmCancelOccurrence({
                            ...asked,
                            seriesId: booking.seriesId,
                            startsAt: booking.startsAt,
                            zone: zoneOf(booking),
                          });
                        else confirmCancel(asked);
                      }
                    : null
                }
                cancelLabel={t('myBookings.cancelDesk', { label: booking.deskLabel, when: when(booking) })}
                busy={cancellingId === booking.id || (checkIn.isPending && checkIn.variables === booking.id)}
              />
            );
          })}
        </Stack>
      </Stack>
    ));

  const calendarButton = (
    <Button
      component="a"
      href={apiUrls.calendar}
      download
      variant="default"
      leftSection={<IconCalendarDown size={18} aria-hidden />}
      title={t('myBookings.addToCalendarHint')}
    >
      {t('myBookings.addToCalendar')}
    </Button>
  );

  let content;
  if (settings.isPending || bookings.isPending || placesPending) {
    content = <TableSkeleton rows={4} />;
  } else if (settings.isError || bookings.isError) {
    content = (
      <ErrorState
        error={settings.error ?? bookings.error}
        onRetry={() => {
          void settings.refetch();
          void bookings.refetch();
        }}
      />
    );
  } else {
    const { upcoming, cancelled, past } = splitBookings(bookings.data, now);
    content = (
      <Stack gap="xl">
        <Stack gap="md" component="section" aria-labelledby="upcoming-bookings">
          <Title order={2} size="h4" id="upcoming-bookings">
            {t('myBookings.upcoming')}
          </Title>
          {upcoming.length === 0 ? (
            <EmptyState
              icon={<IconCalendarEvent size={32} aria-hidden />}
              withIndicatorBackground
              title={t('myBookings.empty.title')}
              description={t('myBookings.empty.body')}
            >
              <EmptyState.Actions>
                <UsualDeskAction />
                <Button component={Link} to={HOME_PATH}>
                  {t('myBookings.empty.action')}
                </Button>
              </EmptyState.Actions>
            </EmptyState>
          ) : (
            renderGroups(groupByDay(upcoming, zoneOf), true)
          )}
        </Stack>
        {cancelled.length > 0 && (
          <Stack gap="md" component="section" aria-labelledby="cancelled-bookings">
            <Title order={2} size="h4" id="cancelled-bookings">
              {t('myBookings.cancelled')}
            </Title>
            {renderGroups(groupByDay(cancelled, zoneOf), false)}
          </Stack>
        )}
        <Stack gap="md" component="section" aria-labelledby="past-bookings">
          <Title order={2} size="h4" id="past-bookings">
            {t('myBookings.past')}
          </Title>
          {past.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('myBookings.noPast')}
            </Text>
          ) : (
            renderGroups(groupByDay(past, zoneOf), false)
          )}
        </Stack>
      </Stack>
    );
  }

  return (
    <>
      <PageHeader title={t('myBookings.title')} description={t('myBookings.description')} actions={calendarButton} />
      {content}
    </>
  );
}
