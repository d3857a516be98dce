import { ActionIcon, Group, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Desk } from '../../../api/types';
import { AmenityBadges } from '../../places/ui';

interface DeskTableProps {
  desks: readonly Desk[];
  floorName: string;
  selectedId: string | null;
  onEdit: (desk: Desk) => void;
  onDelete: (desk: Desk) => void;
}

/** The desks of the floor as a table: the keyboard way to edit what the plan shows. */
export function DeskTable({ desks, floorName, selectedId, onEdit, onDelete }: DeskTableProps) {
  const { t, i18n } = useTranslation();
  const sorted = useMemo(() => {
    const collator = new Intl.Collator(i18n.language, { numeric: true, sensitivity: 'base' });
    return [...desks].sort((a, b) => collator.compare(a.label, b.label));
  }, [desks, i18n.language]);

  if (desks.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {t('editor.desks.empty')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Caption>
          <VisuallyHidden>{t('editor.desks.caption', { floor: floorName })}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('editor.desks.label')}</Table.Th>
            <Table.Th scope="col">{t('editor.desks.zone')}</Table.Th>
            <Table.Th scope="col">{t('editor.desks.amenities')}</Table.Th>
            <Table.Th scope="col">{t('editor.desks.bookable')}</Table.Th>
            <Table.Th scope="col">{t('editor.desks.position')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('editor.desks.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((desk) => (
            <Table.Tr key={desk.id} bg={desk.id === selectedId ? 'var(--mantine-color-orange-0)' : undefined}>
              <Table.Th scope="row">{desk.label}</Table.Th>
              <Table.Td>{desk.zone ?? '—'}</Table.Td>
              <Table.Td>
                <AmenityBadges amenities={desk.amenities} />
              </Table.Td>
              <Table.Td>{desk.bookable ? t('editor.desks.yes') : t('editor.desks.no')}</Table.Td>
              <Table.Td>{t('editor.desks.positionValue', { x: desk.x, y: desk.y })}</Table.Td>
              <Table.Td>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <Tooltip label={t('editor.desks.edit', { label: desk.label })}>
                    <ActionIcon
                      variant="subtle"
                      aria-label={t('editor.desks.edit', { label: desk.label })}
                      onClick={() => {
                        onEdit(desk);
                      }}
                    >
                      <IconPencil size={18} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={t('editor.desks.delete', { label: desk.label })}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('editor.desks.delete', { label: desk.label })}
                      onClick={() => {
                        onDelete(desk);
                      }}
                    >
                      <IconTrash size={18} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
