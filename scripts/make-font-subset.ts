// Makes the font the PDFs are set in: Noto Sans CJK SC (SIL Open Font License 1.1, Debian's
// fonts-noto-cjk), cut down to the characters the published texts and the PDFs' own words use.
// Run after publishing a text with new characters (the font-coverage test says when):
//   npm run font:subset    (needs fonts-noto-cjk and python3-fonttools from apt)
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDF_FONT_FILE, pdfCharacters } from '../lib/pdf/pdf-characters';

const SOURCE = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
/** The Simplified Chinese face in the collection (JP, KR, SC, TC, HK). */
const SC_FACE = '2';

const root = path.join(import.meta.dirname, '..');
const characters = pdfCharacters(root);
const textFile = path.join(tmpdir(), `accord-font-subset-${process.pid}.txt`);
writeFileSync(textFile, characters);
execFileSync('/usr/bin/python3', ['-m', 'fontTools.subset', SOURCE, `--font-number=${SC_FACE}`, `--text-file=${textFile}`, '--layout-features=*', '--no-hinting', '--desubroutinize', `--output-file=${path.join(root, PDF_FONT_FILE)}`], { stdio: 'inherit' });
console.log(`${PDF_FONT_FILE}: ${[...characters].length} characters`);
