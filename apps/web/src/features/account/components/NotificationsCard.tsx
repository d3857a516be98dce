import { Skeleton, Stack, Switch } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../api/useErrorMessage';
import { ErrorState } from '../../../components/ErrorState';
import { SectionCard } from '../../../components/SectionCard';
import {
  useNotificationPreferences,
  useUpdateNotificationPreferences,
  type NotificationPreferencesInput,
} from '../hooks/useNotificationPreferences';

type Preference = keyof NotificationPreferencesInput;
const PREFERENCES: readonly Preference[] = ['bookingConfirmations', 'bookingCancellations'];

/** "E-mail notifications": the booking mails a person may switch off (invitations and notices are always sent). */
export function NotificationsCard() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const preferences = useNotificationPreferences();
  const update = useUpdateNotificationPreferences();

  let body;
  if (preferences.isPending) {
    body = <Skeleton height={72} role="status" aria-label={t('states.loading')} />;
  } else if (preferences.isError) {
    body = <ErrorState error={preferences.error} onRetry={() => void preferences.refetch()} />;
  } else {
    const saved = preferences.data;
    body = (
      <Stack gap="md">
        {PREFERENCES.map((preference) => (
          <Switch
            key={preference}
            label={t(`account.notifications.${preference}.label`)}
            description={t(`account.notifications.${preference}.description`)}
            checked={update.isPending ? (update.variables[preference] ?? saved[preference]) : saved[preference]}
            disabled={update.isPending}
            onChange={(event) => {
              update.mutate(
                { [preference]: event.currentTarget.checked },
                {
                  onError: (error) => {
                    notifications.show({ color: 'red', title: t('account.notifications.failed'), message: errorMessage(error) });
                  },
                },
              );
            }}
          />
        ))}
      </Stack>
    );
  }
  return (
    <SectionCard title={t('account.notifications.title')} description={t('account.notifications.description')}>
      {body}
    </SectionCard>
  );
}
