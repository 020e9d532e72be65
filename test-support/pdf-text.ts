import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A PDF's text as a PDF reader extracts it, page by page, and its title: read with Mozilla's pdf.js, not the library that wrote it. */
export async function pdfText(bytes: Uint8Array): Promise<{ pages: string[]; title: unknown }> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? '\n' : ''}` : '')).join(''));
  }
  const { info } = await pdf.getMetadata();
  await pdf.destroy();
  return { pages, title: (info as { Title?: unknown }).Title };
}

/** Text without any whitespace, to compare words across the PDF's line breaks. */
export const withoutWhitespace = (text: string) => text.replace(/\s+/g, '');
