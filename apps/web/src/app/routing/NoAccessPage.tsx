import { Button, EmptyState } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HOME_PATH } from '../../lib/paths';

export function NoAccessPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('pages.noAccess.title')} · ${t('app.name')}`);
  return (
    <EmptyState
      mt="xl"
      icon={<IconLock size={32} aria-hidden />}
      withIndicatorBackground
      title={<h1 style={{ margin: 0, fontSize: 'inherit' }}>{t('pages.noAccess.title')}</h1>}
      description={t('pages.noAccess.body')}
    >
      <EmptyState.Actions>
        <Button component={Link} to={HOME_PATH}>
          {t('pages.noAccess.home')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
