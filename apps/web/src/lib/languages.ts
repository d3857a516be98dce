import i18next from 'i18next';

export const SUPPORTED_LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

export const LANGUAGE_STORAGE_KEY = 'deskbook.language';

/** Maps any BCP 47 tag ("de-AT", "en-US", "fr") to a language the app speaks, English by default. */
export function toLanguage(tag: string | undefined | null): Language {
  const primary = (tag ?? '').toLowerCase().split('-')[0];
  return SUPPORTED_LANGUAGES.find((language) => language === primary) ?? 'en';
}

/** The language the person picked explicitly on this device, if any. */
export function storedLanguageChoice(storage: Storage = window.localStorage): Language | null {
  try {
    const value = storage.getItem(LANGUAGE_STORAGE_KEY);
    return value === null ? null : toLanguage(value);
  } catch {
    return null; // storage may be disabled (privacy mode)
  }
}

export function storeLanguageChoice(language: Language, storage: Storage = window.localStorage): void {
  try {
    storage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
}

/** The language the interface speaks now (of the i18next instance app/i18n.ts sets up). */
export function currentLanguage(): Language {
  return toLanguage(i18next.resolvedLanguage ?? i18next.language);
}
