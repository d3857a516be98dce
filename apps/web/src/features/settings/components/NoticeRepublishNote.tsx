import { Alert } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Under a section whose unsaved changes the generated notice describes: saving publishes a new version. */
export function NoticeRepublishNote({ show }: { show: boolean }) {
  const { t } = useTranslation();
  if (!show) return null;
  return (
    <Alert color="blue" variant="light" icon={<IconFileText aria-hidden />}>
      {t('settings.noticeRepublish')}
    </Alert>
  );
}
