import { Anchor, Breadcrumbs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** "Account › <page>" above the pages that belong to Account (Security, My data). */
export function AccountBreadcrumbs({ current }: { current: string }) {
  const { t } = useTranslation();
  return (
    <Breadcrumbs aria-label={t('security.breadcrumbs')}>
      <Anchor component={Link} to="/account" size="sm">
        {t('account.title')}
      </Anchor>
      <span aria-current="page" style={{ fontSize: 'var(--mantine-font-size-sm)' }}>
        {current}
      </span>
    </Breadcrumbs>
  );
}
