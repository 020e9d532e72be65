// Verifies that every published agreement version parses and still matches agreements.lock.json.
import path from 'node:path';
import { lockProblems, readLock } from '../lib/content/lock';
import { readAllVersions } from '../lib/content/repository';

const contentDir = path.resolve(process.argv[2] ?? 'content');
const versions = readAllVersions(contentDir);
const problems = lockProblems(versions, readLock(contentDir));
for (const version of versions) {
  console.log(`${version.slug}@${version.document.meta.version}/${version.document.meta.language} ${version.sha256}`);
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
