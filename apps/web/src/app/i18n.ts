import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import de from '../locales/de.json';
import en from '../locales/en.json';
import { LANGUAGE_STORAGE_KEY, SUPPORTED_LANGUAGES, toLanguage } from '../lib/languages';

const resources = { en: { translation: en }, de: { translation: de } } as const;

/**
 * English and German are bundled (a few kB each), so initialisation is synchronous and the first paint
 * is already translated. The detector reads an explicit choice from localStorage, else the browser
 * language; it does not cache on its own — only a deliberate switch is remembered (see languages.ts).
 */
void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources,
    supportedLngs: [...SUPPORTED_LANGUAGES],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: [],
    },
  });

function syncDocumentLanguage(language: string): void {
  document.documentElement.lang = toLanguage(language);
}
syncDocumentLanguage(i18n.language);
i18n.on('languageChanged', syncDocumentLanguage);

export { i18n };
