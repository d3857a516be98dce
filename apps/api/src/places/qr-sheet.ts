import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { toWinAnsi } from '../common/pdf/win-ansi.js';
import { deskQrUrl } from './qr-token.js';

/*
 * The printable sheet of a floor's desk QR codes: A4 portrait, a grid of codes with the desk label
 * and its floor and location under each, a title line on every page. `qrSheetLayout` decides what
 * goes where (pure, unit-tested); `renderQrSheet` draws it with PDFKit and the QR matrices of
 * `qrcode`, each module a vector square so the codes stay sharp at any printer resolution.
 */

export type SheetLang = 'en' | 'de';

export interface QrSheetInput {
  origin: string;
  floorName: string;
  locationName: string;
  desks: readonly { label: string; token: string }[];
  lang: SheetLang;
}

export interface QrCell {
  /** Top left of the code, in PDF points. */
  x: number;
  y: number;
  size: number;
  url: string;
  label: string;
  place: string;
}

export interface QrSheetLayout {
  title: string;
  hint: string;
  pages: QrCell[][];
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 36;
const COLUMNS = 3;
const ROWS = 4;
const TITLE_HEIGHT = 48;
const QR_SIZE = 132;
const TEXT_HEIGHT = 40;

const WORDS: Record<SheetLang, { title: (floor: string, location: string) => string; hint: string }> = {
  en: {
    title: (floor, location) => `Desk QR codes: ${floor}, ${location}`,
    hint: 'Scan a desk’s code with your phone to check in or to book it now.',
  },
  de: {
    title: (floor, location) => `QR-Codes der Arbeitsplätze: ${floor}, ${location}`,
    hint: 'Scannen Sie den Code eines Arbeitsplatzes mit Ihrem Smartphone, um einzuchecken oder ihn sofort zu buchen.',
  },
};

/** Labels in the order people read them on a floor: D2 before D10. */
const byLabel = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

export function qrSheetLayout(input: QrSheetInput): QrSheetLayout {
  const words = WORDS[input.lang];
  const cellWidth = (A4.width - 2 * MARGIN) / COLUMNS;
  const cellHeight = (A4.height - 2 * MARGIN - TITLE_HEIGHT) / ROWS;
  const place = `${input.floorName} · ${input.locationName}`;
  const sorted = [...input.desks].sort((a, b) => byLabel.compare(a.label, b.label) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  const pages: QrCell[][] = [];
  sorted.forEach((desk, i) => {
    const onPage = i % (COLUMNS * ROWS);
    if (onPage === 0) pages.push([]);
    const column = onPage % COLUMNS;
    const row = Math.floor(onPage / COLUMNS);
    pages[pages.length - 1].push({
      x: MARGIN + column * cellWidth + (cellWidth - QR_SIZE) / 2,
      y: MARGIN + TITLE_HEIGHT + row * cellHeight + (cellHeight - QR_SIZE - TEXT_HEIGHT) / 2,
      size: QR_SIZE,
      url: deskQrUrl(input.origin, desk.token),
      label: desk.label,
      place,
    });
  });
  if (pages.length === 0) pages.push([]);
  return { title: words.title(input.floorName, input.locationName), hint: words.hint, pages };
}

/** The code's dark modules as rectangles: one per run of dark modules in a row. */
export function qrRuns(url: string): { size: number; runs: { row: number; column: number; length: number }[] } {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const runs: { row: number; column: number; length: number }[] = [];
  for (let row = 0; row < modules.size; row++) {
    let start = -1;
    for (let column = 0; column <= modules.size; column++) {
      const dark = column < modules.size && modules.get(row, column);
      if (dark && start < 0) start = column;
      if (!dark && start >= 0) {
        runs.push({ row, column: start, length: column - start });
        start = -1;
      }
    }
  }
  return { size: modules.size, runs };
}

export function renderQrSheet(layout: QrSheetLayout, lang: SheetLang, createdAt = new Date()): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    autoFirstPage: false,
    lang,
    displayTitle: true,
    info: { Title: toWinAnsi(layout.title), Creator: 'Deskbook', CreationDate: createdAt },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const textWidth = (A4.width - 2 * MARGIN) / COLUMNS - 8;
  for (const page of layout.pages) {
    doc.addPage();
    doc
      .fillColor('#1a1a1a')
      .font('Helvetica-Bold')
      .fontSize(14)
      .text(toWinAnsi(layout.title), MARGIN, MARGIN, { width: A4.width - 2 * MARGIN });
    doc
      .font('Helvetica')
      .fontSize(9)
      .fillColor('#555555')
      .text(toWinAnsi(layout.hint), { width: A4.width - 2 * MARGIN });
    for (const cell of page) {
      const { size, runs } = qrRuns(cell.url);
      // Four modules of quiet zone around the code, as scanners expect.
      const module = cell.size / (size + 8);
      const origin = { x: cell.x + 4 * module, y: cell.y + 4 * module };
      for (const run of runs)
        doc.rect(origin.x + run.column * module, origin.y + run.row * module, run.length * module + 0.01, module + 0.01);
      doc.fillColor('#000000').fill();
      const textX = cell.x + cell.size / 2 - textWidth / 2;
      doc
        .font('Helvetica-Bold')
        .fontSize(13)
        .fillColor('#000000')
        .text(toWinAnsi(cell.label), textX, cell.y + cell.size + 2, { width: textWidth, align: 'center', lineBreak: false });
      doc
        .font('Helvetica')
        .fontSize(8.5)
        .fillColor('#333333')
        .text(toWinAnsi(cell.place), textX, cell.y + cell.size + 19, { width: textWidth, align: 'center', height: 22, ellipsis: true });
    }
  }
  doc.end();
  return done;
}
