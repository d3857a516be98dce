import { lexer, type Token, type Tokens } from 'marked';
import PDFDocument from 'pdfkit';
import { toWinAnsi } from './win-ansi.js';

/*
 * Markdown to PDF for documents the API generates (compliance documents; anything else that has
 * Markdown and needs a printable copy). marked's lexer parses (CommonMark + GFM), PDFKit lays out:
 * headings, paragraphs, bold/italic/code, links, nested lists, block quotes, rules, code blocks and
 * simple tables. Raw HTML is printed as text, never interpreted. No I/O: the PDF is built in memory.
 */

export interface PdfOptions {
  /** The document's title (PDF metadata, shown by viewers in the title bar). */
  title: string;
  /** BCP 47 language of the text, e.g. `de` (PDF metadata for screen readers). */
  lang: string;
  /** Fixed creation date, e.g. for reproducible output in tests; default now. */
  createdAt?: Date;
}

const FONT = {
  regular: 'Helvetica',
  bold: 'Helvetica-Bold',
  italic: 'Helvetica-Oblique',
  boldItalic: 'Helvetica-BoldOblique',
  code: 'Courier',
};
const BODY_SIZE = 10.5;
const HEADING_SIZE: Record<number, number> = { 1: 18, 2: 14, 3: 12, 4: 11, 5: 10.5, 6: 10.5 };
const LIST_INDENT = 16;
const TEXT_COLOR = '#1a1a1a';
const MUTED_COLOR = '#555555';
const LINK_COLOR = '#1a4d99';

interface Segment {
  text: string;
  bold: boolean;
  italic: boolean;
  code: boolean;
  link?: string;
}

type Style = Omit<Segment, 'text'>;
const PLAIN: Style = { bold: false, italic: false, code: false };

/** Inline tokens as runs of text with one style each. */
function segments(tokens: Token[] | undefined, style: Style = PLAIN): Segment[] {
  return (tokens ?? []).flatMap((t): Segment[] => {
    switch (t.type) {
      case 'strong':
        return segments(t.tokens, { ...style, bold: true });
      case 'em':
        return segments(t.tokens, { ...style, italic: true });
      case 'codespan':
        return [{ ...style, code: true, text: (t as Tokens.Codespan).text }];
      case 'link':
        return segments(t.tokens, { ...style, link: (t as Tokens.Link).href });
      case 'br':
        return [{ ...style, text: '\n' }];
      case 'image':
        return [{ ...style, text: (t as Tokens.Image).text }];
      case 'html':
        return [{ ...style, text: t.raw }];
      default:
        return 'tokens' in t && t.tokens ? segments(t.tokens, style) : [{ ...style, text: 'text' in t ? String(t.text) : t.raw }];
    }
  });
}

function fontOf(s: Style): string {
  if (s.code) return FONT.code;
  if (s.bold && s.italic) return FONT.boldItalic;
  return s.bold ? FONT.bold : s.italic ? FONT.italic : FONT.regular;
}

class MarkdownPdfWriter {
  constructor(private readonly doc: PDFKit.PDFDocument) {}

  private get left(): number {
    return this.doc.page.margins.left;
  }
  private get contentWidth(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** Starts a new page unless `height` still fits, so a heading or bullet never ends a page alone. */
  private keep(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  /** One paragraph of styled runs at `x`, wrapped to the right margin. */
  private runs(list: Segment[], x: number, size: number, color = TEXT_COLOR): void {
    const parts = list.map((s) => ({ ...s, text: toWinAnsi(s.text) })).filter((s) => s.text !== '');
    if (parts.length === 0) return;
    const width = this.left + this.contentWidth - x;
    parts.forEach((s, i) => {
      this.doc
        .font(fontOf(s))
        .fontSize(s.code ? size - 1 : size)
        .fillColor(s.link ? LINK_COLOR : color);
      const options = { width, continued: i < parts.length - 1, link: s.link ?? null, underline: Boolean(s.link), lineGap: 2 };
      if (i === 0) this.doc.text(s.text, x, this.doc.y, options);
      else this.doc.text(s.text, options);
    });
    this.doc.fillColor(TEXT_COLOR);
  }

  blocks(tokens: Token[], x: number, color = TEXT_COLOR): void {
    for (const t of tokens) this.block(t, x, color);
  }

  private block(t: Token, x: number, color: string): void {
    const doc = this.doc;
    switch (t.type) {
      case 'heading': {
        const size = HEADING_SIZE[(t as Tokens.Heading).depth];
        doc.moveDown(t.depth === 1 ? 0 : 0.6);
        this.keep(size * 4);
        this.runs(segments(t.tokens, { ...PLAIN, bold: true }), x, size, color);
        doc.moveDown(0.3);
        return;
      }
      case 'paragraph':
      case 'text':
        this.runs('tokens' in t && t.tokens ? segments(t.tokens) : [{ ...PLAIN, text: (t as Tokens.Text).text }], x, BODY_SIZE, color);
        if (t.type === 'paragraph') doc.moveDown(0.5);
        return;
      case 'list':
        this.list(t as Tokens.List, x, color);
        return;
      case 'blockquote':
        this.blocks((t as Tokens.Blockquote).tokens, x + LIST_INDENT, MUTED_COLOR);
        return;
      case 'code':
        this.runs([{ ...PLAIN, code: true, text: (t as Tokens.Code).text }], x + LIST_INDENT / 2, BODY_SIZE, color);
        doc.moveDown(0.5);
        return;
      case 'hr':
        doc
          .moveTo(x, doc.y)
          .lineTo(this.left + this.contentWidth, doc.y)
          .strokeColor('#999999')
          .stroke();
        doc.moveDown(0.5);
        return;
      case 'table':
        this.table(t as Tokens.Table, x);
        return;
      case 'space':
        return;
      default:
        // Raw HTML and anything unknown: shown as the text it is.
        this.runs([{ ...PLAIN, text: t.raw.trim() }], x, BODY_SIZE, color);
        doc.moveDown(0.5);
    }
  }

  private list(list: Tokens.List, x: number, color: string): void {
    const start = typeof list.start === 'number' ? list.start : 1;
    list.items.forEach((item, i) => {
      this.keep(BODY_SIZE * 2);
      const y = this.doc.y;
      const marker = list.ordered ? `${start + i}.` : '•';
      this.doc.font(FONT.regular).fontSize(BODY_SIZE).fillColor(color).text(marker, x, y, { width: LIST_INDENT, lineBreak: false });
      this.doc.y = y;
      this.blocks(item.tokens, x + LIST_INDENT, color);
      this.doc.moveDown(0.15);
    });
    this.doc.moveDown(0.35);
  }

  /** Columns of equal width; a row moves to the next page whole. */
  private table(table: Tokens.Table, x: number): void {
    const doc = this.doc;
    const columns = table.header.length;
    const width = (this.left + this.contentWidth - x) / columns;
    const pad = 4;
    const row = (cells: Tokens.TableCell[], bold: boolean) => {
      const texts = cells.map((c) =>
        toWinAnsi(
          segments(c.tokens)
            .map((s) => s.text)
            .join(''),
        ),
      );
      doc.font(bold ? FONT.bold : FONT.regular).fontSize(BODY_SIZE - 1);
      const height = Math.max(...texts.map((text) => doc.heightOfString(text, { width: width - 2 * pad }))) + 2 * pad;
      this.keep(height);
      const y = doc.y;
      texts.forEach((text, i) => doc.fillColor(TEXT_COLOR).text(text, x + i * width + pad, y + pad, { width: width - 2 * pad }));
      doc
        .rect(x, y, width * columns, height)
        .strokeColor('#bbbbbb')
        .stroke();
      doc.y = y + height;
    };
    row(table.header, true);
    for (const cells of table.rows) row(cells, false);
    doc.x = x;
    doc.moveDown(0.5);
  }
}

/** The Markdown as an A4 PDF. */
export function markdownToPdf(markdown: string, options: PdfOptions): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 64, bottom: 64, left: 64, right: 64 },
    lang: options.lang,
    displayTitle: true,
    info: { Title: options.title, Creator: 'Deskbook', CreationDate: options.createdAt ?? new Date() },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.fillColor(TEXT_COLOR);
  new MarkdownPdfWriter(doc).blocks(lexer(markdown), doc.page.margins.left);
  doc.end();
  return done;
}
