import { Button, Code, Group, List, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../../lib/download-file';
import { TEMPLATE_FILE_NAME, templateCsv } from '../booking-import';

/** The file's columns as the API names them (not translated: they are what the header line must say). */
const COLUMNS = [
  { names: ['deskId'], meaning: 'deskId' },
  { names: ['floorName', 'deskLabel'], meaning: 'floorAndLabel' },
  { names: ['userEmail'], meaning: 'userEmail' },
  { names: ['startsAt', 'endsAt'], meaning: 'times' },
  { names: ['checkedInAt'], meaning: 'checkedInAt' },
] as const;

function downloadTemplate() {
  downloadFile(TEMPLATE_FILE_NAME, new Blob([templateCsv()], { type: 'text/csv' }));
}

/** What each column of an import file means, and a template to start from. */
export function ImportColumns() {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('bookingImport.columns.title')}
      </Text>
      <List size="sm" spacing={4}>
        {COLUMNS.map(({ names, meaning }) => (
          <List.Item key={meaning}>
            {names.map((name, index) => (
              <span key={name}>
                {index > 0 && ', '}
                <Code>{name}</Code>
              </span>
            ))}
            {': '}
            {t(`bookingImport.columns.${meaning}`)}
          </List.Item>
        ))}
      </List>
      <Text size="sm" c="dimmed">
        {t('bookingImport.columns.formats')}
      </Text>
      <Group>
        <Button variant="subtle" size="compact-sm" leftSection={<IconDownload size={16} aria-hidden />} onClick={downloadTemplate}>
          {t('bookingImport.template')}
        </Button>
      </Group>
    </Stack>
  );
}
