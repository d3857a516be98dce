import { Alert, Button, FileInput, Group } from '@mantine/core';
import { IconCircleCheck, IconClockPause, IconFileUpload, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../components/SectionCard';
import { importContentType, importFileProblem } from '../booking-import';
import { useImportBookings } from '../hooks/useImportBookings';
import { ImportColumns } from './ImportColumns';
import { ImportFailure } from './ImportFailure';

const ACCEPT = '.csv,.json,text/csv,application/json';
const FILE_PROBLEM_TEXT = { 'wrong-type': 'bookingImport.file.wrongType', 'too-large': 'bookingImport.file.tooLarge' } as const;

/** Settings card for tenant admins: booking history from another system, imported whole or not at all. */
export function BookingImportCard() {
  const { t } = useTranslation();
  const importBookings = useImportBookings();
  const [file, setFile] = useState<File | null>(null);
  const problem = file && importFileProblem(file);
  const contentType = file && importContentType(file);

  const choose = (chosen: File | null) => {
    setFile(chosen);
    importBookings.reset();
  };
  const send = () => {
    if (!file || !contentType || problem) return;
    importBookings.mutate(
      { file, contentType },
      {
        onSuccess: () => {
          setFile(null);
        },
      },
    );
  };

  return (
    <SectionCard title={t('bookingImport.title')} description={t('bookingImport.description')}>
      <ImportColumns />
      <FileInput
        label={t('bookingImport.file.label')}
        description={t('bookingImport.file.description')}
        placeholder={t('bookingImport.file.placeholder')}
        leftSection={<IconFileUpload size={16} aria-hidden />}
        accept={ACCEPT}
        value={file}
        onChange={choose}
        clearable
        disabled={importBookings.isPending}
        error={problem && t(FILE_PROBLEM_TEXT[problem])}
      />
      <Group>
        <Button
          leftSection={<IconUpload size={16} aria-hidden />}
          disabled={!file || problem !== null}
          loading={importBookings.isPending}
          onClick={send}
        >
          {t('bookingImport.import')}
        </Button>
      </Group>
      {importBookings.isSuccess && (
        <Alert role="status" color="green" variant="light" icon={<IconCircleCheck aria-hidden />}>
          {t('bookingImport.imported', { count: importBookings.data.imported })}
        </Alert>
      )}
      {importBookings.isSuccess && !importBookings.data.anonymizationQueued && (
        <Alert role="status" color="yellow" variant="light" icon={<IconClockPause aria-hidden />}>
          {t('bookingImport.anonymizationNotQueued')}
        </Alert>
      )}
      {importBookings.isError && <ImportFailure error={importBookings.error} />}
    </SectionCard>
  );
}
