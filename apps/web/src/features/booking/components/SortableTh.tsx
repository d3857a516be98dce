import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface SortableThProps {
  children: ReactNode;
  /** The column's name as text, for "Sort by …". */
  name: string;
  sorted: 'asc' | 'desc' | null;
  onSort: () => void;
}

/** A column header that sorts on click or Enter, announcing the current order through aria-sort. */
export function SortableTh({ children, name, sorted, onSort }: SortableThProps) {
  const { t } = useTranslation();
  const Icon = sorted === 'asc' ? IconChevronUp : sorted === 'desc' ? IconChevronDown : IconSelector;
  return (
    <Table.Th scope="col" aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}>
      <UnstyledButton onClick={onSort} title={t('book.list.sortBy', { column: name })} fw={700} fz="sm">
        <Group gap={4} wrap="nowrap">
          {children}
          <Icon size={14} aria-hidden />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
