import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../common/pdf/pdf-text.js';
import { qrRuns, qrSheetLayout, renderQrSheet } from './qr-sheet.js';

const desks = [
  { label: 'D10', token: 'tok-ten-aaaaaaaaaaaaaaaa' },
  { label: 'D2', token: 'tok-two-aaaaaaaaaaaaaaaa' },
  { label: 'D1', token: 'tok-one-aaaaaaaaaaaaaaaa' },
  { label: 'Ä-Ecke', token: 'tok-umlaut-aaaaaaaaaaaa' },
];
const input = { origin: 'https://desks.example.com', floorName: '3rd floor', locationName: 'Berlin', desks, lang: 'en' as const };

describe('qrSheetLayout', () => {
  it('puts exactly each desk’s URL on the sheet, sorted by label as people read them', () => {
    const layout = qrSheetLayout(input);
    const cells = layout.pages.flat();
    expect(cells.map((c) => [c.label, c.url])).toEqual([
      ['Ä-Ecke', 'https://desks.example.com/d/tok-umlaut-aaaaaaaaaaaa'],
      ['D1', 'https://desks.example.com/d/tok-one-aaaaaaaaaaaaaaaa'],
      ['D2', 'https://desks.example.com/d/tok-two-aaaaaaaaaaaaaaaa'],
      ['D10', 'https://desks.example.com/d/tok-ten-aaaaaaaaaaaaaaaa'],
    ]);
    expect(new Set(cells.map((c) => c.place))).toEqual(new Set(['3rd floor · Berlin']));
    expect(layout.title).toBe('Desk QR codes: 3rd floor, Berlin');
    expect(qrSheetLayout({ ...input, lang: 'de' }).title).toBe('QR-Codes der Arbeitsplätze: 3rd floor, Berlin');
  });

  it('fills A4 pages of twelve, every code inside the page and none overlapping', () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ label: `D${i + 1}`, token: `t${i}` }));
    const layout = qrSheetLayout({ ...input, desks: many });
    expect(layout.pages.map((p) => p.length)).toEqual([12, 12, 1]);
    for (const page of layout.pages) {
      for (const [i, a] of page.entries()) {
        expect(a.x).toBeGreaterThanOrEqual(36);
        expect(a.x + a.size).toBeLessThanOrEqual(595.28 - 36);
        expect(a.y + a.size + 40).toBeLessThanOrEqual(841.89 - 36);
        for (const b of page.slice(i + 1))
          expect(a.x + a.size <= b.x || b.x + b.size <= a.x || a.y + a.size <= b.y || b.y + b.size <= a.y).toBe(true);
      }
    }
  });

  it('drops a trailing slash of the origin', () => {
    expect(qrSheetLayout({ ...input, origin: 'https://desks.example.com/' }).pages[0][0].url).toBe(
      'https://desks.example.com/d/tok-umlaut-aaaaaaaaaaaa',
    );
  });
});

describe('qrRuns', () => {
  it('draws exactly the dark modules of the URL’s QR code', () => {
    const url = 'https://desks.example.com/d/abcdefghijklmnopqrstuvwx';
    const { size, runs } = qrRuns(url);
    const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
    expect(size).toBe(modules.size);
    const drawn = new Set(runs.flatMap((r) => Array.from({ length: r.length }, (_, i) => r.row * size + r.column + i)));
    for (let row = 0; row < size; row++) {
      for (let column = 0; column < size; column++) expect(drawn.has(row * size + column)).toBe(Boolean(modules.get(row, column)));
    }
  });
});

describe('renderQrSheet', () => {
  it('writes a PDF with the title and every label', async () => {
    const pdf = await renderQrSheet(qrSheetLayout(input), 'en');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('Desk QR codes: 3rd floor, Berlin');
    for (const desk of desks) expect(text.split('\n')).toContain(desk.label);
  });
});
