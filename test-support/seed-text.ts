import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The repository's own copies of the source captures (content/sources/README.md gives their provenance). */
export const SOURCES_DIR = path.resolve(import.meta.dirname, '..', 'content', 'sources');

/** Where the captures were handed to the project, read-only, beside the repository (absent in other clones). */
export const SHARED_SEEDS_DIR = path.resolve(import.meta.dirname, '..', '..', 'shared', 'seeds');

export const SEED_FILES = {
  'kmct-service-agreement': 'kmct-service-agreement.raw.txt',
  'product-terms-of-service': 'product-terms-of-service.raw.txt',
} as const;

/** Lines of the documentation centre's page that are not agreement text (see content/sources/README.md). */
const CHROME_LINES = new Set([
  'All Documents',
  'Current Document',
  'Content is empty',
  "If you don't find the content you expect, please try another search term",
  'On this page',
  'Pure ModeNormal Mode',
  'Pure Mode',
  'Click to preview the document content in full screen',
]);

export const collapseWhitespace = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The agreement text a seed file says must be published, whitespace-normalised, in the order the
 * site shows it: title, "Last updated:" line, body.
 *
 * The capture starts with the documentation centre's page heading (for KMCT its nav label,
 * "Service Agreement", with the full title as the first body line; for the Product Terms the title
 * itself) and the "Last updated:" line. The site renders the full title as its heading, so the
 * title line is taken from wherever the capture has it; nothing else is reordered or dropped.
 */
export function expectedPublishedText(slug: keyof typeof SEED_FILES, title: string): string {
  const lines = readFileSync(path.join(SOURCES_DIR, SEED_FILES[slug]), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !CHROME_LINES.has(line));
  const [pageHeading, lastUpdated, ...body] = lines;
  if (!lastUpdated?.startsWith('Last updated:')) throw new Error(`${slug}: no "Last updated:" line in the seed`);
  if (body[0] === title) body.shift();
  else if (pageHeading !== title) throw new Error(`${slug}: the seed does not contain the title "${title}"`);
  return collapseWhitespace([title, lastUpdated, ...body].join('\n'));
}
