/*
 * PDFKit's standard fonts (Helvetica, Courier) need no font file, which keeps the renderer free of
 * assets, but they encode text as WinAnsi: German umlauts, ß, €, dashes and curly quotes are there;
 * anything else would print as a wrong glyph. toWinAnsi keeps what the fonts have, spells a few
 * common symbols out, drops accents it cannot show (ł → l) and marks the rest with "?".
 */

/** The characters WinAnsi has above Latin-1's printable range (0x80–0x9F). */
const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
const SPELLED: Record<string, string> = { '→': '->', '←': '<-', '≤': '<=', '≥': '>=', '≠': '!=', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i' };

function encodable(c: string): boolean {
  const code = c.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || c === '\n' || WIN_ANSI_EXTRA.includes(c);
}

export function toWinAnsi(text: string): string {
  let out = '';
  for (const c of text.normalize('NFC')) {
    if (encodable(c)) out += c;
    else if (c in SPELLED) out += SPELLED[c];
    else if (c === '\t') out += '    ';
    else {
      const base = c.normalize('NFKD').replace(/\p{M}/gu, '');
      out += base !== '' && [...base].every(encodable) ? base : '?';
    }
  }
  return out;
}
