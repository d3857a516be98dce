import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DESK_STATUSES, deskStatusAppearance } from '../../places';
import { DeskStatusMark } from './DeskStatusMark';

export function DeskLegend() {
  const { t } = useTranslation();
  return (
    <Group component="ul" aria-label={t('book.legend')} gap="lg" p={0} m={0} style={{ listStyle: 'none' }} wrap="wrap">
      {DESK_STATUSES.map((status) => (
        <Group component="li" key={status} gap={6} wrap="nowrap">
          <DeskStatusMark status={status} />
          <Text size="sm">{t(deskStatusAppearance(status).labelKey)}</Text>
        </Group>
      ))}
    </Group>
  );
}
