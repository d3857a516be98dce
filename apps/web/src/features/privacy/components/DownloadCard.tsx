import { Button, Group } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { IconDownload } from '@tabler/icons-react';
import { useErrorMessage } from '../../../api/useErrorMessage';
import { FormError } from '../../../components/FormError';
import { SectionCard } from '../../../components/SectionCard';

interface DownloadCardProps {
  title: string;
  description: string;
  buttonLabel: string;
  download: UseMutationResult<void, Error, void>;
}

/** A card with one download button, its progress and its error: "my data" and the company export. */
export function DownloadCard({ title, description, buttonLabel, download }: DownloadCardProps) {
  const errorMessage = useErrorMessage();
  return (
    <SectionCard title={title} description={description}>
      {download.isError && <FormError>{errorMessage(download.error)}</FormError>}
      <Group>
        <Button
          variant="light"
          leftSection={<IconDownload size={16} aria-hidden />}
          loading={download.isPending}
          onClick={() => {
            download.mutate();
          }}
        >
          {buttonLabel}
        </Button>
      </Group>
    </SectionCard>
  );
}
