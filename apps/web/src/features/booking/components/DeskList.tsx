import { Group, Table, VisuallyHidden } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskAvailability } from '../../../api/types';
import { type DeskSort, type DeskSortKey, sortDesks } from '../../places';
import { AmenityBadges } from '../../places/ui';
import { DeskRowAction } from './DeskRowAction';
import { DeskStatusSummary } from './DeskStatusMark';
import { SortableTh } from './SortableTh';

/** What both desk lists show and do: the table on a desktop, the cards on a phone (DeskCards). */
export interface DeskListProps {
  desks: readonly DeskAvailability[];
  floorName: string;
  canBook: boolean;
  onBook: (desk: DeskAvailability) => void;
  onCancel: (desk: DeskAvailability) => void;
  /** The desk whose booking or cancellation is running. */
  pendingDeskId: string | null;
}

/** The same desks as the map, as a table: sortable, and every action a button in tab order. */
export function DeskList({ desks, floorName, canBook, onBook, onCancel, pendingDeskId }: DeskListProps) {
  const { t, i18n } = useTranslation();
  const [sort, setSort] = useState<DeskSort>({ key: 'label', direction: 'asc' });
  const sorted = useMemo(() => sortDesks(desks, sort, i18n.language), [desks, sort, i18n.language]);
  const sortBy = (key: DeskSortKey) => {
    setSort((current) => ({ key, direction: current.key === key && current.direction === 'asc' ? 'desc' : 'asc' }));
  };
  const sortedBy = (key: DeskSortKey) => (sort.key === key ? sort.direction : null);
  const header = (key: DeskSortKey, name: string) => (
    <SortableTh
      name={name}
      sorted={sortedBy(key)}
      onSort={() => {
        sortBy(key);
      }}
    >
      {name}
    </SortableTh>
  );

  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Caption>
          <VisuallyHidden>{t('book.list.caption', { floor: floorName })}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {header('label', t('book.list.label'))}
            {header('zone', t('book.list.zone'))}
            <Table.Th scope="col">{t('book.list.amenities')}</Table.Th>
            {header('status', t('book.list.status'))}
            <Table.Th scope="col">
              <VisuallyHidden>{t('book.list.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((desk) => {
            const pending = pendingDeskId === desk.deskId;
            return (
              <Table.Tr key={desk.deskId}>
                <Table.Th scope="row">{desk.label}</Table.Th>
                <Table.Td>{desk.zone ?? '—'}</Table.Td>
                <Table.Td>
                  <AmenityBadges amenities={desk.amenities} />
                </Table.Td>
                <Table.Td>
                  <DeskStatusSummary desk={desk} />
                </Table.Td>
                <Table.Td>
                  <Group justify="flex-end">
                    <DeskRowAction compact desk={desk} canBook={canBook} pending={pending} onBook={onBook} onCancel={onCancel} />
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
