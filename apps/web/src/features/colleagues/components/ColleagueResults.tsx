import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ColleagueBooking } from '../../../api/types';
import { bookLink } from '../../../lib/book-link';
import { formattingLocale } from '../../../lib/formatting-locale';
import { timeRange } from '../colleague-search';

interface ColleagueResultsProps {
  results: readonly ColleagueBooking[];
  date: string;
  /** Each location's time zone, for the times (UTC when unknown). */
  zoneOf: (locationId: string) => string;
}

/** Who sits where that day, one card per booking, each with a way to the Book page next to them. */
export function ColleagueResults({ results, date, zoneOf }: ColleagueResultsProps) {
  const { t, i18n } = useTranslation();
  const locale = formattingLocale(i18n.language);
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('colleagues.results.label')}>
      {results.map((r) => (
        <Paper component="li" withBorder p="md" key={`${r.deskId}-${r.startsAt}`}>
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Stack gap={2}>
              <Text fw={600}>{r.displayName}</Text>
              <Text size="sm">{t('colleagues.results.where', { desk: r.deskLabel, floor: r.floorName, location: r.locationName })}</Text>
              <Text size="sm" c="dimmed">
                {timeRange(r, zoneOf(r.locationId), locale)}
              </Text>
            </Stack>
            <Button
              component={Link}
              to={bookLink({ locationId: r.locationId, floorId: r.floorId, date, deskId: r.deskId })}
              variant="light"
              leftSection={<IconMapPin size={16} aria-hidden />}
              aria-label={t('colleagues.results.bookNearbyFor', { name: r.displayName, desk: r.deskLabel })}
            >
              {t('colleagues.results.bookNearby')}
            </Button>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
