import path from 'node:path';
import { openSync } from 'fontkit';
import { expect, it } from 'vitest';
import { PDF_FONT_FILE, pdfCharacters } from './pdf-characters';

const root = path.join(import.meta.dirname, '..', '..');

it('the PDF font has a glyph for every character of the texts and of the PDFs’ own words (else: npm run font:subset)', () => {
  const font = openSync(path.join(root, PDF_FONT_FILE));
  if (!('hasGlyphForCodePoint' in font)) throw new Error(`${PDF_FONT_FILE} is a font collection, not one font`);
  const missing = [...pdfCharacters(root)].filter((character) => character !== ' ' && !font.hasGlyphForCodePoint(character.codePointAt(0) ?? 0));
  expect(missing).toEqual([]);
  // Chinese is among them: the zh fixture text, the messages, and a date as Intl writes it in Chinese.
  const date = new Intl.DateTimeFormat('zh', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2026-03-01'));
  expect([...`协${date}`].filter((character) => !font.hasGlyphForCodePoint(character.codePointAt(0) ?? 0))).toEqual([]);
});
