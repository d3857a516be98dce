import { Button, Container, EmptyState } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

/** Last resort when a page crashes: no stack trace, just what to do. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('pages.crashed.title')} · ${t('app.name')}`);
  return (
    <Container size="sm" py={64}>
      <EmptyState
        icon={<IconAlertTriangle size={32} aria-hidden />}
        withIndicatorBackground
        title={<h1 style={{ margin: 0, fontSize: 'inherit' }}>{t('pages.crashed.title')}</h1>}
        description={t('pages.crashed.body')}
      >
        <EmptyState.Actions>
          <Button
            leftSection={<IconRefresh size={16} aria-hidden />}
            onClick={() => {
              window.location.reload();
            }}
          >
            {t('pages.crashed.reload')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Container>
  );
}
