import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { canonicalText, sha256Hex } from './canonical-text';
import { parseAgreement } from './parse-agreement';
import type { AgreementVersion } from './types';

/**
 * Reads every published text from a content directory: `<contentDir>/agreements/<slug>/<version>.md`
 * (the primary text) and `<version>.<language>.md` (translations). Plain Node so scripts and tests can use it;
 * the app reaches it only through `lib/content/agreements.ts`.
 */
export function readAllVersions(contentDir: string): AgreementVersion[] {
  const root = path.join(contentDir, 'agreements');
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) =>
      readdirSync(path.join(root, dir.name))
        .filter((file) => file.endsWith('.md'))
        .map((file) => readVersionFile(dir.name, path.join(root, dir.name, file))),
    );
}

function readVersionFile(slug: string, filePath: string): AgreementVersion {
  const source = readFileSync(filePath, 'utf8');
  const label = path.relative(process.cwd(), filePath);
  const document = parseAgreement(source, label);
  const { version, language } = document.meta;
  const fileStem = path.basename(filePath, '.md');
  if (fileStem !== version && fileStem !== `${version}.${language}`) {
    throw new Error(`${label}: file name must be "${version}.md" or "${version}.${language}.md" to match its frontmatter`);
  }
  const text = canonicalText(document);
  return { slug, fileStem, primary: fileStem === version, document, canonicalText: text, sha256: sha256Hex(text), source };
}
