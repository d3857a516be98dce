import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconArmchair } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function ProductName() {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap">
      <ThemeIcon size="md" radius="md" aria-hidden>
        <IconArmchair size={18} />
      </ThemeIcon>
      <Text fw={700} size="lg">
        {t('app.name')}
      </Text>
    </Group>
  );
}
