import { EmptyState } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';

/** Placeholder until the floor plan and booking flow land. */
export function BookPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('book.title')} />
      <EmptyState
        mt="xl"
        variant="light"
        icon={<IconCalendarEvent size={32} aria-hidden />}
        title={t('book.comingSoon.title')}
        description={t('book.comingSoon.body')}
      />
    </>
  );
}
