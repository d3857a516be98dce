import { ActionIcon, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconStar, IconStarFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../api/useErrorMessage';
import { useFavourites, useToggleFavourite } from '../hooks/useFavourites';

/** A star that marks a desk as a favourite (a toggle button: pressed while it is one). */
export function FavouriteStar({ deskId, label }: { deskId: string; label: string }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const favourites = useFavourites();
  const toggle = useToggleFavourite();
  const pending = toggle.isPending && toggle.variables.deskId === deskId;
  // While the change is on its way the star shows what was asked for.
  const favourite = pending ? toggle.variables.favourite : (favourites.data?.some((f) => f.deskId === deskId) ?? false);
  return (
    <Tooltip label={t(favourite ? 'favourites.remove' : 'favourites.add', { label })}>
      <ActionIcon
        variant="subtle"
        color="yellow"
        aria-pressed={favourite}
        // One name in both states (a toggle button): screen readers announce "pressed" for a favourite.
        aria-label={t('favourites.add', { label })}
        disabled={favourites.isPending}
        onClick={() => {
          toggle.mutate(
            { deskId, favourite: !favourite },
            {
              onError: (error) => {
                notifications.show({ color: 'red', title: t('favourites.failed'), message: errorMessage(error) });
              },
            },
          );
        }}
      >
        {favourite ? <IconStarFilled size={18} aria-hidden /> : <IconStar size={18} aria-hidden />}
      </ActionIcon>
    </Tooltip>
  );
}
