import { Switch } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../api/types';
import { useErrorMessage } from '../../../api/useErrorMessage';
import { useUpdateMe } from '../hooks/useUpdateMe';

/** Opting out of the colleague search ("Find a colleague"); the visibility rules apply on top. */
export function FindableSwitch({ me }: { me: Me }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const updateMe = useUpdateMe();
  const checked = updateMe.isPending ? (updateMe.variables.findableByColleagues ?? me.findableByColleagues) : me.findableByColleagues;
  return (
    <Switch
      label={t('account.findable.label')}
      description={t('account.findable.description')}
      checked={checked}
      disabled={updateMe.isPending}
      onChange={(event) => {
        updateMe.mutate(
          { findableByColleagues: event.currentTarget.checked },
          {
            onError: (error) => {
              notifications.show({ color: 'red', title: t('account.findable.failed'), message: errorMessage(error) });
            },
          },
        );
      }}
    />
  );
}
