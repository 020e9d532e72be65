import type { ReceiptBody } from '@/lib/ledger/receipt-format';
import { finishPdf, type PdfFrame, startPdf } from './pdf-document';

/** A certificate's words, in the reader's language: headings, the facts as [label, value], how to check it. */
export interface CertificatePdfWords {
  language: string;
  title: string;
  lead: string;
  facts: [string, string][];
  checkTitle: string;
  checkSteps: string[];
  page: (page: number, pages: number) => string;
}

const INK = '#1f2328';
const MUTED = '#57606a';

/** The certificate of one acceptance as a PDF: the same facts as its page and its signed receipt. */
export function certificatePdf(receipt: ReceiptBody, words: CertificatePdfWords): Promise<Buffer> {
  const frame: PdfFrame = {
    title: words.title,
    subject: `${receipt.agreementTitle} · ${receipt.record.version} · ${receipt.record.contentSha256}`,
    language: words.language,
    created: new Date(receipt.record.recordedAt),
    footer: (page, pages) => [`Accord · ${words.title} · #${receipt.record.seq} · ${receipt.record.id}`, words.page(page, pages)],
  };
  const doc = startPdf(frame);
  doc.fillColor(INK).fontSize(20).text(words.title, { paragraphGap: 8 });
  doc.fillColor(MUTED).fontSize(10).text(words.lead, { paragraphGap: 18, lineGap: 2 });
  for (const [label, value] of words.facts) {
    doc.fillColor(MUTED).fontSize(8.5).text(label, { paragraphGap: 2 });
    doc.fillColor(INK).fontSize(11).text(value, { paragraphGap: 10 });
  }
  doc.moveDown(0.8);
  doc.fillColor(INK).fontSize(13).text(words.checkTitle, { paragraphGap: 6 });
  words.checkSteps.forEach((step, index) => doc.fillColor(INK).fontSize(10).text(`${index + 1}. ${step}`, { paragraphGap: 4, lineGap: 2 }));
  return finishPdf(doc, frame);
}
