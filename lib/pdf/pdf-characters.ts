import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The font every PDF is set in: a subset of Noto Sans CJK SC made by npm run font:subset. */
export const PDF_FONT_FILE = 'assets/fonts/noto-sans-sc-accord.otf';

/** Where the texts that become PDFs live, and the messages the PDFs' own words come from (all of them: a certificate uses several namespaces). */
const TEXT_DIRS = ['content/agreements', 'test-fixtures/content/agreements'];
const MESSAGE_FILES = ['messages/en.json', 'messages/zh.json'];
const PRINTABLE_ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');
/** What the PDFs write beyond texts and messages: the footer's separator, and the words of a date formatted in Chinese. */
const LAYOUT_CHARACTERS = '·年月日';

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? markdownFiles(file) : entry.name.endsWith('.md') ? [file] : [];
  });
}

/** Every character the PDFs can need (printable ASCII, the layout's punctuation, the texts, the PDF messages), once each, in code point order. */
export function pdfCharacters(root: string): string {
  const texts = TEXT_DIRS.flatMap((dir) => markdownFiles(path.join(root, dir))).map((file) => readFileSync(file, 'utf8'));
  const words = MESSAGE_FILES.map((file) => readFileSync(path.join(root, file), 'utf8'));
  const characters = new Set([...PRINTABLE_ASCII, ...LAYOUT_CHARACTERS, ...texts.join(''), ...words.join('')].filter((character) => character >= ' '));
  return [...characters].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0)).join('');
}
