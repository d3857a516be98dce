import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconHome, IconStarFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFavourites } from '../hooks/useFavourites';
import { UsualDeskAction } from './UsualDeskAction';

/**
 * The Book page's favourites: one tap books the usual desk for tomorrow, and each favourite opens
 * its floor. Hidden until the person has a favourite.
 */
export function FavouritesBar({ onShowFloor }: { onShowFloor: (locationId: string, floorId: string) => void }) {
  const { t } = useTranslation();
  const favourites = useFavourites();
  if (!favourites.data || favourites.data.length === 0) return null;
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="favourite-desks">
      <Stack gap="xs">
        <Text fw={600} id="favourite-desks">
          {t('favourites.title')}
        </Text>
        <UsualDeskAction />
        <Group gap="xs">
          {favourites.data.map((f) => (
            <Button
              key={f.deskId}
              size="xs"
              variant="light"
              leftSection={f.usual ? <IconHome size={14} aria-hidden /> : <IconStarFilled size={14} aria-hidden />}
              aria-label={t('favourites.show', { label: f.label, floor: f.floorName, location: f.locationName })}
              onClick={() => {
                onShowFloor(f.locationId, f.floorId);
              }}
            >
              {f.usual ? t('favourites.usualLabel', { label: f.label }) : f.label}
            </Button>
          ))}
        </Group>
      </Stack>
    </Paper>
  );
}
