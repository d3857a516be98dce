import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY, storedLanguageChoice, storeLanguageChoice, toLanguage } from './languages';

describe('toLanguage', () => {
  it('maps regional tags to the languages the app speaks', () => {
    expect(toLanguage('de-AT')).toBe('de');
    expect(toLanguage('DE')).toBe('de');
    expect(toLanguage('en-US')).toBe('en');
  });

  it('falls back to English', () => {
    expect(toLanguage('fr-FR')).toBe('en');
    expect(toLanguage(undefined)).toBe('en');
    expect(toLanguage('')).toBe('en');
  });
});

describe('language choice storage', () => {
  it('remembers an explicit choice', () => {
    expect(storedLanguageChoice()).toBeNull();
    storeLanguageChoice('de');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('de');
    expect(storedLanguageChoice()).toBe('de');
  });
});
