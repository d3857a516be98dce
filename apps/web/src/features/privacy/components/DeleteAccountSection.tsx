import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconTrash } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DeleteAccountModal } from './DeleteAccountModal';

/** The danger zone: erasing one's own account. */
export function DeleteAccountSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const [opened, modal] = useDisclosure(false);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={headingId} style={{ borderColor: 'var(--mantine-color-red-6)' }}>
      <Stack gap="md">
        <Title order={2} size="h4" id={headingId} c="red.8">
          {t('privacy.deleteAccount.title')}
        </Title>
        <Text size="sm">{t('privacy.deleteAccount.description')}</Text>
        <Group>
          <Button color="red" variant="outline" leftSection={<IconTrash size={16} aria-hidden />} onClick={modal.open}>
            {t('privacy.deleteAccount.open')}
          </Button>
        </Group>
      </Stack>
      {opened && <DeleteAccountModal onClose={modal.close} />}
    </Paper>
  );
}
