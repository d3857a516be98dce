import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../../api/error-messages';
import { storeLanguageChoice, toLanguage, type Language } from '../../../lib/languages';
import { useSession } from '../../auth';
import { useUpdateMe } from './useUpdateMe';

/**
 * Switches the interface language at once, remembers the choice on this device and, when someone is
 * signed in, saves it to their account (e-mails and other devices use it).
 */
export function useChangeLanguage() {
  const { i18n, t } = useTranslation();
  const { data: me } = useSession();
  const updateMe = useUpdateMe();
  const { mutate } = updateMe;

  const changeLanguage = useCallback(
    (language: Language) => {
      storeLanguageChoice(language);
      void i18n.changeLanguage(language);
      if (me && me.locale !== language) {
        mutate(
          { locale: language },
          {
            onError: (error) =>
              notifications.show({
                color: 'red',
                title: t('language.saveFailed'),
                message: t(errorMessageKey(error)),
              }),
          },
        );
      }
    },
    [i18n, me, mutate, t],
  );

  return { language: toLanguage(i18n.resolvedLanguage ?? i18n.language), changeLanguage };
}
