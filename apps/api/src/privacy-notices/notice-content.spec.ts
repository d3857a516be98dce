import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deepMerge, defaultSettings } from '../tenants/settings.js';
import { generatedNotice, hashOfBodies, hashOfPdf, pickLanguage, summaryIn, titleOf } from './notice-content.js';

describe('notice content', () => {
  it('hashes the bodies in language order with their tags: moving a text to another language changes the hash', () => {
    expect(hashOfBodies({ en: 'A', de: 'B' })).toBe(hashOfBodies({ de: 'B', en: 'A' }));
    expect(hashOfBodies({ en: 'A', de: 'B' })).not.toBe(hashOfBodies({ en: 'B', de: 'A' }));
    expect(hashOfBodies({ en: 'AB' })).not.toBe(hashOfBodies({ en: 'A', de: 'B' }));
    expect(hashOfBodies({ en: 'A' })).toMatch(/^[0-9a-f]{64}$/);
  });

  it('hashes a PDF over its bytes', () => {
    expect(hashOfPdf(Buffer.from('%PDF-1'))).toBe(createHash('sha256').update('%PDF-1').digest('hex'));
    expect(hashOfPdf(Buffer.from('%PDF-1'))).not.toBe(hashOfPdf(Buffer.from('%PDF-2')));
  });

  it('gives a generated notice a hash that depends on the settings, not on its number or date', () => {
    const settings = defaultSettings();
    const v1 = generatedNotice('Acme', settings, 1, new Date('2026-01-01T00:00:00Z'), null);
    const v7 = generatedNotice('Acme', settings, 7, new Date('2026-12-01T00:00:00Z'), null);
    expect(v7.contentHash).toBe(v1.contentHash);
    const changed = deepMerge(settings, { privacy: { retention: { afterDays: 90 } } });
    expect(generatedNotice('Acme', changed, 2, new Date(), null).contentHash).not.toBe(v1.contentHash);
    expect(Object.keys(v1.bodies)).toEqual(['en', 'de']);
    expect(v1.bodies.en).not.toBe(v1.bodies.de);
  });

  it.each([
    [['en', 'de'], 'de', 'de'],
    [['en', 'de'], undefined, 'en'],
    [['en'], 'de', 'en'],
    [['de'], 'en', 'de'],
    [[], 'de', null],
  ])('picks from %j for %s: %s', (available, asked, expected) => {
    expect(pickLanguage(available, asked)).toBe(expected);
  });

  it('titles a notice with its first heading, else a default in the language', () => {
    expect(titleOf('Intro\n\n## Our notice ##\n\n# Later', 'en')).toBe('Our notice');
    expect(titleOf('no heading', 'de')).toBe('Datenschutzhinweis');
    expect(titleOf('#hashtag is not a heading', 'en')).toBe('Privacy notice');
    expect(titleOf('', 'fr')).toBe('Privacy notice');
  });

  it('reads a change summary in the language, falling back to English', () => {
    expect(summaryIn({ en: 'Changed', de: 'Geändert' }, 'de')).toBe('Geändert');
    expect(summaryIn({ en: 'Changed' }, 'de')).toBe('Changed');
    expect(summaryIn(null, 'de')).toBeNull();
  });
});
