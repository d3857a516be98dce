import { Card, Group, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { sortDesks } from '../../places';
import { AmenityBadges } from '../../places/ui';
import { DeskRowAction } from './DeskRowAction';
import type { DeskListProps } from './DeskList';
import { DeskStatusSummary } from './DeskStatusMark';

/** The desk list on a phone: one card per desk (label, zone, amenities, status, action), no sideways scrolling. */
export function DeskCards({ desks, floorName, canBook, onBook, onCancel, pendingDeskId }: DeskListProps) {
  const { t, i18n } = useTranslation();
  const sorted = useMemo(() => sortDesks(desks, { key: 'label', direction: 'asc' }, i18n.language), [desks, i18n.language]);
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('book.list.caption', { floor: floorName })}>
      {sorted.map((desk) => {
        return (
          <Card component="li" key={desk.deskId} withBorder padding="sm" miw={0}>
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
              <Stack gap={4} miw={0} style={{ flex: 1 }}>
                <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
                  {t('book.desk', { label: desk.label })}
                </Text>
                {desk.zone && (
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {desk.zone}
                  </Text>
                )}
                <AmenityBadges amenities={desk.amenities} />
                <DeskStatusSummary desk={desk} />
              </Stack>
              <DeskRowAction desk={desk} canBook={canBook} pending={pendingDeskId === desk.deskId} onBook={onBook} onCancel={onCancel} />
            </Group>
          </Card>
        );
      })}
    </Stack>
  );
}
