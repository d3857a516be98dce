import { describe, expect, it } from 'vitest';
import { markdownToPdf } from './markdown-pdf.js';
import { pdfText } from './pdf-text.js';
import { toWinAnsi } from './win-ansi.js';

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('markdownToPdf', () => {
  const markdown = [
    '# Verzeichnis der Verarbeitungstätigkeiten',
    'Größe, Straße und Übermittlung – mit “Anführungszeichen” und € 5.',
    '## Kategorien',
    '- **Konto:** Name und E-Mail-Adresse',
    '- Buchungen\n  1. Arbeitsplatz\n  2. Beginn und *Ende*',
    '> Ein Zitat mit `Code`',
    '| Rolle | Darf |\n|---|---|\n| Administrator:in | alles |',
    'Kontakt: <script>alert(1)</script> [Datenschutz](mailto:dsb@example.com)',
  ].join('\n\n');

  it('writes a PDF whose text can be read back, umlauts included', async () => {
    const pdf = await markdownToPdf(markdown, { title: 'Verzeichnis', lang: 'de' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = flat(pdfText(pdf));
    for (const part of [
      'Verzeichnis der Verarbeitungstätigkeiten',
      'Größe, Straße und Übermittlung – mit “Anführungszeichen” und € 5.',
      'Kategorien',
      'Konto:',
      'Name und E-Mail-Adresse',
      '1.',
      'Arbeitsplatz',
      'Ende',
      'Ein Zitat mit',
      'Administrator:in',
      'alles',
      'Datenschutz',
    ])
      expect(text).toContain(part);
  });

  it('prints raw HTML as text instead of interpreting it', async () => {
    // Each inline piece is its own text operation: compare without the breaks between them.
    expect(pdfText(await markdownToPdf(markdown, { title: 'x', lang: 'de' })).replace(/\s+/g, '')).toContain('<script>alert(1)</script>');
  });

  it('carries the title and language as metadata', async () => {
    const raw = (await markdownToPdf('# Record', { title: 'Record of processing', lang: 'en' })).toString('latin1');
    expect(raw).toContain('/Lang (en)');
    expect(raw).toContain('(Record of processing)');
  });

  it('flows a long document onto more pages', async () => {
    const long = Array.from({ length: 120 }, (_, i) => `- Punkt ${i + 1}: ${'Text '.repeat(20)}`).join('\n');
    const pdf = await markdownToPdf(`# Lang\n\n${long}`, { title: 'Lang', lang: 'de' });
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)!.length).toBeGreaterThan(2);
    expect(pdfText(pdf)).toContain('Punkt 120:');
  });
});

describe('toWinAnsi', () => {
  it('keeps what the standard fonts can show and replaces the rest', () => {
    expect(toWinAnsi('Äöü ß € – — “” ‚‘ •')).toBe('Äöü ß € – — “” ‚‘ •');
    expect(toWinAnsi('Konto → Meine Daten ≤ 10')).toBe('Konto -> Meine Daten <= 10');
    expect(toWinAnsi('Łódź Ångström')).toBe('Lódz Ångström');
    expect(toWinAnsi('中文')).toBe('??');
  });
});
