import { ActionIcon, Button, Group, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDots, IconHome, IconRepeat } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../api/useErrorMessage';
import { useFavourites, useSetUsualDesk } from '../hooks/useFavourites';
import { FavouriteStar } from './FavouriteStar';
import { SeriesDialog } from './SeriesDialog';

interface DeskCardExtrasProps {
  desk: { deskId: string; label: string; bookable: boolean };
  /** The shown day and times, when they can be booked: the first occurrence of a series. */
  first: { from: string; to: string; date: string } | null;
  lastDay: string;
  zone: string;
  visibleToColleagues: boolean | undefined;
}

/** On a desk's card: the favourite star, "Repeat…" and the menu with "Make my usual desk". */
export function DeskCardExtras({ desk, first, lastDay, zone, visibleToColleagues }: DeskCardExtrasProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [repeating, setRepeating] = useState(false);
  const favourites = useFavourites();
  const setUsual = useSetUsualDesk();
  const usual = favourites.data?.some((f) => f.deskId === desk.deskId && f.usual) ?? false;

  const toggleUsual = () => {
    setUsual.mutate(usual ? null : desk.deskId, {
      onSuccess: () => {
        notifications.show({
          color: 'green',
          message: t(usual ? 'favourites.usualCleared' : 'favourites.usualSet', { label: desk.label }),
        });
      },
      onError: (error) => {
        notifications.show({ color: 'red', title: t('favourites.failed'), message: errorMessage(error) });
      },
    });
  };

  return (
    <Group gap="xs" justify="space-between">
      <Group gap={4}>
        <FavouriteStar deskId={desk.deskId} label={desk.label} />
        <Menu position="bottom-start" withinPortal={false}>
          <Menu.Target>
            <ActionIcon variant="subtle" color="gray" aria-label={t('favourites.menu', { label: desk.label })}>
              <IconDots size={18} aria-hidden />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item leftSection={<IconHome size={16} aria-hidden />} onClick={toggleUsual} disabled={favourites.isPending}>
              {t(usual ? 'favourites.clearUsual' : 'favourites.makeUsual')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
      {first && desk.bookable && (
        <>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconRepeat size={14} aria-hidden />}
            onClick={() => {
              setRepeating(true);
            }}
          >
            {t('series.repeat')}
          </Button>
          {repeating && (
            <SeriesDialog
              opened
              onClose={() => {
                setRepeating(false);
              }}
              desk={desk}
              first={first}
              lastDay={lastDay}
              zone={zone}
              visibleToColleagues={visibleToColleagues}
            />
          )}
        </>
      )}
    </Group>
  );
}
