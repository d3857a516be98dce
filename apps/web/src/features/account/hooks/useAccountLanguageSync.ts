import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../api/types';
import { storedLanguageChoice } from '../../../lib/languages';
import { useUpdateMe } from './useUpdateMe';

/**
 * Once per signed-in person: a language picked on this device wins and is saved to the account;
 * without one, the interface follows the language stored in the account.
 */
export function useAccountLanguageSync(me: Me): void {
  const { i18n } = useTranslation();
  const { mutate } = useUpdateMe();
  const syncedForUserId = useRef<string | null>(null);
  const { id, locale } = me;

  useEffect(() => {
    // Later locale changes come from the language switch itself; only reconcile on sign-in.
    if (syncedForUserId.current === id) return;
    syncedForUserId.current = id;
    const choice = storedLanguageChoice();
    if (choice === null) {
      if (i18n.resolvedLanguage !== locale) void i18n.changeLanguage(locale);
    } else if (choice !== locale) {
      mutate({ locale: choice });
    }
  }, [id, locale, i18n, mutate]);
}
