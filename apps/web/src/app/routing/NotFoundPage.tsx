import { Button, EmptyState } from '@mantine/core';
import { IconMapOff } from '@tabler/icons-react';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('pages.notFound.title')} · ${t('app.name')}`);
  return (
    <EmptyState
      mt="xl"
      icon={<IconMapOff size={32} aria-hidden />}
      withIndicatorBackground
      title={<h1 style={{ margin: 0, fontSize: 'inherit' }}>{t('pages.notFound.title')}</h1>}
      description={t('pages.notFound.body')}
    >
      <EmptyState.Actions>
        <Button component={Link} to="/">
          {t('pages.notFound.home')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
