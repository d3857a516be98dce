import { Alert, Badge, Button, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconMapPin, IconQrcodeOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../api/api-error';
import type { DeskScan } from '../../../api/types';
import { useErrorMessage } from '../../../api/useErrorMessage';
import { ErrorState } from '../../../components/ErrorState';
import { formattingLocale } from '../../../lib/formatting-locale';
import { HOME_PATH } from '../../../lib/paths';
import { browserZone, formatTime } from '../format';
import { useCheckIn } from '../hooks/useBookingMutations';
import { useNow } from '../hooks/useNow';
import { useDeskScan, useWalkUpBooking } from '../hooks/useWalkUp';
import { saveLastPlace } from '../last-place';
import { walkUpView } from '../walk-up';

/**
 * The page a desk's QR code opens (/d/:token), made for a phone held at the desk: the desk, and the one
 * thing to do there now: check in, book it on the spot, or go and find another.
 */
export function WalkUpPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const scan = useDeskScan(token);

  if (scan.isPending) {
    return (
      <Stack maw={480} mx="auto" gap="md">
        <Skeleton h={36} w="60%" aria-label={t('states.loading')} role="status" />
        <Skeleton h={160} />
      </Stack>
    );
  }
  if (scan.isError) {
    if (scan.error instanceof ApiError && scan.error.status === 404) return <InvalidCode />;
    return (
      <Stack maw={480} mx="auto">
        <ErrorState error={scan.error} onRetry={() => void scan.refetch()} />
      </Stack>
    );
  }
  return <DeskAtHand scan={scan.data} />;
}

function InvalidCode() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('walkUp.invalid.title')} · ${t('app.name')}`);
  return (
    <Stack maw={480} mx="auto" gap="md">
      <Title order={1} size="h2">
        {t('walkUp.invalid.title')}
      </Title>
      <Alert color="orange" variant="light" icon={<IconQrcodeOff aria-hidden />}>
        {t('walkUp.invalid.body')}
      </Alert>
      <Button component={Link} to={HOME_PATH} variant="default" size="md">
        {t('walkUp.toBooking')}
      </Button>
    </Stack>
  );
}

function DeskAtHand({ scan }: { scan: DeskScan }) {
  const { t, i18n } = useTranslation();
  const locale = formattingLocale(i18n.language);
  const errorMessage = useErrorMessage();
  const now = useNow(30_000);
  const book = useWalkUpBooking();
  const checkIn = useCheckIn();
  const { desk } = scan;
  const time = (iso: string) => formatTime(iso, desk.timezone, locale);
  const view = walkUpView(scan, now);
  useDocumentTitle(`${t('walkUp.title', { label: desk.label })} · ${t('app.name')}`);

  const bookNow = (from: string, until: string) => {
    book.mutate(
      { deskId: desk.id, startsAt: from, endsAt: until },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('walkUp.booked', { label: desk.label, to: time(until) }) });
        },
        onError: (error) => {
          notifications.show({ color: 'red', title: t('walkUp.bookFailed'), message: errorMessage(error) });
        },
      },
    );
  };
  const checkInNow = (bookingId: string) => {
    checkIn.mutate(bookingId, {
      onError: (error) => {
        notifications.show({ color: 'red', title: t('myBookings.checkInFailed', { label: desk.label }), message: errorMessage(error) });
      },
    });
  };

  let action;
  switch (view.kind) {
    case 'checkedIn':
      action = (
        <Badge size="xl" color="green" variant="light" tt="none" role="status">
          {t('walkUp.checkedIn')}
        </Badge>
      );
      break;
    case 'checkIn':
      action = (
        <Button size="lg" fullWidth loading={checkIn.isPending} onClick={() => checkInNow(view.booking.id)}>
          {t('walkUp.checkIn')}
        </Button>
      );
      break;
    case 'checkInLater':
      action = (
        <Text role="status" fw={500}>
          {t('walkUp.checkInOpens', { time: time(view.opensAt) })}
        </Text>
      );
      break;
    case 'bookNow':
      action = (
        <Stack gap="xs">
          <Button size="lg" fullWidth loading={book.isPending} onClick={() => bookNow(view.from, view.until)}>
            {t('walkUp.bookNow', { time: time(view.until) })}
          </Button>
          <Text size="sm" c="dimmed">
            {t('walkUp.bookNowHint', { from: time(view.from) })}
          </Text>
        </Stack>
      );
      break;
    case 'taken':
      action = (
        <Stack gap="sm">
          <Text fw={600} role="status">
            {t('walkUp.taken.title')}
          </Text>
          <Text size="sm">{t('walkUp.taken.body')}</Text>
          <Button
            component={Link}
            to={HOME_PATH}
            variant="default"
            size="md"
            fullWidth
            leftSection={<IconMapPin size={18} aria-hidden />}
            onClick={() => {
              saveLastPlace({ locationId: desk.locationId, floorId: desk.floorId });
            }}
          >
            {t('walkUp.taken.map', { floor: desk.floorName })}
          </Button>
        </Stack>
      );
      break;
  }

  const booking = 'booking' in view ? view.booking : null;
  return (
    <Stack maw={480} mx="auto" gap="md">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('walkUp.title', { label: desk.label })}
        </Title>
        <Text c="dimmed">{t('walkUp.where', { floor: desk.floorName, location: desk.locationName })}</Text>
      </Stack>
      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          {booking && <Text>{t('walkUp.yourBooking', { from: time(booking.startsAt), to: time(booking.endsAt) })}</Text>}
          {action}
        </Stack>
      </Paper>
      {desk.timezone !== browserZone() && (
        <Text size="xs" c="dimmed">
          {t('myBookings.timeZoneNote', { zone: desk.timezone })}
        </Text>
      )}
    </Stack>
  );
}
