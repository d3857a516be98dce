import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconHome } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { hasErrorCode } from '../../../api/api-error';
import { useTenantSettings } from '../../../api/tenant-settings';
import { useErrorMessage } from '../../../api/useErrorMessage';
import { formattingLocale } from '../../../lib/formatting-locale';
import { useLocations } from '../../places';
import { formatDay } from '../format';
import { useCreateBooking } from '../hooks/useBookingMutations';
import { useFavourites } from '../hooks/useFavourites';
import { newIdempotencyKey } from '../idempotency-key';
import { tomorrowAtUsualDesk } from '../series';

/**
 * "Book my usual desk for tomorrow": one tap books the usual desk tomorrow (in its location's time
 * zone) for the whole opening hours. Nothing is shown while the person has no usual desk.
 */
export function UsualDeskAction() {
  const { t, i18n } = useTranslation();
  const locale = formattingLocale(i18n.language);
  const errorMessage = useErrorMessage();
  const favourites = useFavourites();
  const locations = useLocations();
  const settings = useTenantSettings();
  const usual = favourites.data?.find((f) => f.usual) ?? null;
  const location = usual ? locations.data?.find((l) => l.id === usual.locationId) : undefined;
  const slot = settings.data?.booking.slotMinutes ?? 30;
  const tomorrow = location ? tomorrowAtUsualDesk(location.openingHours, location.timezone, slot, new Date()) : null;
  const range = tomorrow ? { from: tomorrow.from, to: tomorrow.to } : null;
  const createBooking = useCreateBooking(usual?.floorId ?? null, range);

  if (!usual || !location || !settings.data) return null;
  if (!tomorrow) {
    return (
      <Text size="sm" c="dimmed">
        {t('favourites.usualClosedTomorrow', { label: usual.label, location: usual.locationName })}
      </Text>
    );
  }

  const book = () => {
    createBooking.mutate(
      { deskId: usual.deskId, startsAt: tomorrow.from, endsAt: tomorrow.to, idempotencyKey: newIdempotencyKey() },
      {
        onSuccess: () => {
          notifications.show({
            color: 'green',
            message: t('favourites.usualBooked', { label: usual.label, date: formatDay(tomorrow.date, location.timezone, locale) }),
          });
        },
        onError: (error) => {
          notifications.show({
            color: 'red',
            title: t('favourites.usualFailed', { label: usual.label }),
            message: hasErrorCode(error, 'DESK_TAKEN') ? t('book.deskTaken', { label: usual.label }) : errorMessage(error),
          });
        },
      },
    );
  };

  return (
    <Stack gap={2} align="flex-start">
      <Button leftSection={<IconHome size={18} aria-hidden />} onClick={book} loading={createBooking.isPending}>
        {t('favourites.bookUsual', { label: usual.label })}
      </Button>
      <Text size="xs" c="dimmed">
        {t('favourites.usualWhere', { floor: usual.floorName, location: usual.locationName })}
      </Text>
    </Stack>
  );
}
