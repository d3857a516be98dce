import { inflateSync } from 'node:zlib';

/*
 * The text PDFKit's standard fonts write, read back from a PDF: enough for tests to check what a
 * generated PDF says (not a general PDF parser). Content streams are Flate-compressed; text is shown
 * with TJ/Tj operators as hex strings of WinAnsi bytes.
 */

const WIN_ANSI_0x80 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWinAnsi(bytes: Buffer): string {
  return [...bytes].map((b) => (b >= 0x80 && b <= 0x9f ? WIN_ANSI_0x80[b - 0x80] : String.fromCharCode(b))).join('');
}

/** Every page's text, one line per text operation. */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  // The data ends right before "\nendstream": a compressed stream may itself end in a \r byte, which
  // "\r?\nendstream" would take away (about one stream in a hundred then failed to inflate).
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1], 'latin1')).toString('latin1');
    } catch {
      content = match[1];
    }
    for (const op of content.matchAll(/\[((?:<[0-9a-fA-F]*>|\s|-?[\d.]+)*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      const hex = op[1] !== undefined ? [...op[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]).join('') : op[2];
      lines.push(decodeWinAnsi(Buffer.from(hex, 'hex')));
    }
  }
  return lines.join('\n');
}
