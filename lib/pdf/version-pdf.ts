import { blockText } from '@/lib/content/canonical-text';
import { effectiveAt } from '@/lib/content/effective';
import type { AgreementVersion, Clause } from '@/lib/content/types';
import { finishPdf, type PdfFrame, startPdf } from './pdf-document';

/** The PDF's own words, in the text's language (messages "Pdf"), already filled in for this version. */
export interface VersionPdfWords {
  version: string;
  effective: string;
  sha256: string;
  page: (page: number, pages: number) => string;
  source: string;
}

const INK = '#1f2328';
const MUTED = '#57606a';
const INDENT = 14;

/**
 * One published version as a PDF: the text exactly as published (title, "Last updated:", every block
 * as its line of the canonical text, sub-clauses indented), and on every page the version, its
 * SHA-256 and where it is published, so a printed page names the exact text it belongs to.
 */
export function versionPdf(version: AgreementVersion, words: VersionPdfWords): Promise<Buffer> {
  const { document } = version;
  const { meta } = document;
  const frame: PdfFrame = {
    title: meta.title,
    subject: `${words.version} · ${words.sha256}`,
    language: meta.language,
    created: new Date(effectiveAt(meta)),
    footer: (page, pages) => [`${meta.title} · ${words.version} · ${words.effective}\n${words.sha256}`, `${words.source} · ${words.page(page, pages)}`],
  };
  const doc = startPdf(frame);
  doc.fillColor(INK).fontSize(18).text(meta.title, { paragraphGap: 6 });
  doc.fillColor(MUTED).fontSize(9).text(`Last updated:${meta.lastUpdated}`, { paragraphGap: 14 });

  const clauses = (list: Clause[], depth: number) => {
    for (const clause of list) {
      const line = blockText(clause);
      if (line.length > 0) {
        doc.fillColor(INK).fontSize(clause.heading ? 11.5 : 10).text(line, doc.page.margins.left + depth * INDENT, undefined, {
          width: doc.page.width - doc.page.margins.left - doc.page.margins.right - depth * INDENT,
          paragraphGap: clause.heading ? 4 : 6,
          lineGap: 2,
        });
      }
      clauses(clause.children, depth + 1);
    }
  };
  clauses(document.preamble, 0);
  for (const section of document.sections) {
    doc.moveDown(0.6);
    doc.fillColor(INK).fontSize(13).text(blockText({ number: section.number, separator: section.separator, text: section.title }), doc.page.margins.left, undefined, { paragraphGap: 6 });
    clauses(section.children, 0);
  }
  return finishPdf(doc, frame);
}
