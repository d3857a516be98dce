import { Alert } from '@mantine/core';
import { IconEye, IconEyeOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { visibilityChange, type BookingVisibility } from '../visibility-change';

/** Before saving: what a new visibility setting will and will not reveal, in one plain sentence. */
export function VisibilityChangeNotice({ saved, edited }: { saved: BookingVisibility; edited: BookingVisibility }) {
  const { t } = useTranslation();
  const change = visibilityChange(saved, edited);
  if (!change) return null;
  const loosens = change.startsWith('loosen');
  return (
    <Alert
      variant="light"
      color={loosens ? 'yellow' : 'indigo'}
      icon={loosens ? <IconEye aria-hidden /> : <IconEyeOff aria-hidden />}
      aria-live="polite"
    >
      {t(`settings.privacy.visibility.change.${change}`)}
    </Alert>
  );
}
