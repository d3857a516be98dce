import { ActionIcon, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SettingsForm } from '../settings-form';

const PROCESSORS = 'organization.processors';

/** Processors and other recipients the notice names (name, purpose, country); an empty list says "none". */
export function ProcessorsEditor({ form }: { form: SettingsForm }) {
  const { t } = useTranslation();
  const processors = form.values.organization.processors;
  return (
    <Stack gap="xs">
      <Text fw={500} size="sm">
        {t('settings.organization.processors.label')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('settings.organization.processors.description')}
      </Text>
      {processors.length === 0 && <Text size="sm">{t('settings.organization.processors.none')}</Text>}
      {processors.map((processor, index) => (
        <Paper key={index} withBorder p="sm">
          <Group align="flex-start" wrap="nowrap" gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 3 }} style={{ flex: 1 }}>
              <TextInput
                label={t('settings.organization.processors.name')}
                required
                {...form.getInputProps(`${PROCESSORS}.${index}.name`)}
              />
              <TextInput
                label={t('settings.organization.processors.purpose')}
                required
                {...form.getInputProps(`${PROCESSORS}.${index}.purpose`)}
              />
              <TextInput
                label={t('settings.organization.country')}
                description={t('settings.organization.countryHint')}
                maxLength={2}
                required
                {...form.getInputProps(`${PROCESSORS}.${index}.country`)}
                onChange={(event) => {
                  form.setFieldValue(`${PROCESSORS}.${index}.country`, event.currentTarget.value.toUpperCase());
                }}
              />
            </SimpleGrid>
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mt={24}
              aria-label={t('settings.organization.processors.remove', { name: processor.name || String(index + 1) })}
              onClick={() => form.removeListItem(PROCESSORS, index)}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        </Paper>
      ))}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => form.insertListItem(PROCESSORS, { name: '', purpose: '', country: '' })}
        >
          {t('settings.organization.processors.add')}
        </Button>
      </Group>
    </Stack>
  );
}
