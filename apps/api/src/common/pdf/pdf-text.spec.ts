import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pdfText } from './pdf-text.js';

/** A minimal PDF body with one Flate-compressed content stream, as PDFKit writes it. */
const pdfWith = (data: Buffer) =>
  Buffer.concat([Buffer.from('%PDF-1.3\n1 0 obj\n<< /Filter /FlateDecode >>\nstream\n'), data, Buffer.from('\nendstream\nendobj\n')]);
const show = (text: string) => `BT <${Buffer.from(text, 'latin1').toString('hex')}> Tj ET`;

describe('pdfText', () => {
  it('reads a compressed stream whose last byte is a carriage return', () => {
    // Content whose compressed form ends in \r: zlib ends with the Adler-32 checksum, whose last byte
    // follows the sum of the bytes, so a trailing comment character and some padding find one.
    const candidates = Array.from({ length: 8 * 94 }, (_, i) =>
      deflateSync(`${show('D1')}${' '.repeat(i % 8)}%${String.fromCharCode(33 + Math.floor(i / 8))}`),
    );
    const data = candidates.find((c) => c[c.length - 1] === 0x0d);
    expect(data).toBeDefined();
    expect(pdfText(pdfWith(data!))).toBe('D1');
  });
});
