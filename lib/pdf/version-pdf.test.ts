import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalText } from '@/lib/content/canonical-text';
import { readAllVersions } from '@/lib/content/repository';
import type { AgreementVersion } from '@/lib/content/types';
import { pdfText, withoutWhitespace } from '@/test-support/pdf-text';
import { versionPdf } from './version-pdf';

const root = path.join(import.meta.dirname, '..', '..');

const words = (version: AgreementVersion) => ({
  version: `Version ${version.document.meta.version}`,
  effective: 'in effect',
  sha256: `SHA-256 of the text: ${version.sha256}`,
  source: 'Published at https://accord.test/',
  page: (page: number, pages: number) => `Page ${page} of ${pages}`,
});

const collapse = withoutWhitespace;

describe('PDF of a published version', () => {
  const versions = [...readAllVersions(path.join(root, 'content')), ...readAllVersions(path.join(root, 'test-fixtures', 'content'))];

  it.each(versions.map((version) => [`${version.slug}/${version.fileStem}`, version] as const))('%s holds every line of the text, and names the version and its SHA-256 on every page', async (_name, version) => {
    const said = words(version);
    const { pages, title } = await pdfText(await versionPdf(version, said));
    expect(title).toBe(version.document.meta.title);
    const footers = (index: number) => [`${version.document.meta.title} · ${said.version} · ${said.effective} ${said.sha256}`, `${said.source} · ${said.page(index + 1, pages.length)}`].map(collapse);
    pages.forEach((page, index) => footers(index).forEach((footer) => expect(collapse(page)).toContain(footer)));
    // The text without the footers, which sit between the pages' words.
    const body = pages.map((page, index) => footers(index).reduce((text, footer) => text.replace(footer, ''), collapse(page))).join('');
    // Every line of the canonical text, in order (line breaks of the layout removed).
    let from = 0;
    for (const line of canonicalText(version.document).trimEnd().split('\n')) {
      const at = body.indexOf(collapse(line), from);
      expect(at, line).toBeGreaterThanOrEqual(from);
      from = at + collapse(line).length;
    }
  });

  it('is the same file every time for the same text', async () => {
    const [version] = versions;
    if (!version) throw new Error('no versions');
    expect((await versionPdf(version, words(version))).equals(await versionPdf(version, words(version)))).toBe(true);
  });
});
