import path from 'node:path';
import PDFDocument from 'pdfkit';
import { PDF_FONT_FILE } from './pdf-characters';

export const FONT = 'accord';
const MARGIN = 56;
/** Room kept at the foot of every page for the footer lines. */
const FOOTER_SPACE = 40;

/** What every PDF carries: metadata, and two footer lines on each page (left: what it is; right: page n of N). */
export interface PdfFrame {
  title: string;
  subject: string;
  /** BCP 47 language of the document's text, for readers and screen readers. */
  language: string;
  /** Fixed, so the same text always makes the same file. */
  created: Date;
  footer: (page: number, pages: number) => [string, string];
}

/** A4 PDF set in the repository's Noto Sans CJK SC subset (embedded, so its text can be selected and copied). */
export function startPdf(frame: PdfFrame): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER_SPACE },
    bufferPages: true,
    info: { Title: frame.title, Subject: frame.subject, Creator: 'Accord', Producer: 'Accord', CreationDate: frame.created, ModDate: frame.created },
    lang: frame.language,
  });
  doc.registerFont(FONT, path.join(process.cwd(), PDF_FONT_FILE));
  doc.font(FONT);
  return doc;
}

/** Draws the footers, ends the document and resolves with its bytes. */
export function finishPdf(doc: PDFKit.PDFDocument, frame: PdfFrame): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const { start, count } = doc.bufferedPageRange();
  const width = doc.page.width - 2 * MARGIN;
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    // Writing below the bottom margin would start a new page: the footer is placed with it lifted.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const [left, right] = frame.footer(index - start + 1, count);
    const y = doc.page.height - MARGIN - FOOTER_SPACE / 2;
    doc.fontSize(7.5).fillColor('#57606a');
    doc.text(left, MARGIN, y, { width, lineBreak: true });
    doc.text(right, MARGIN, y + 20, { width, align: 'right' });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
