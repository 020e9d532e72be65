// Publishes a new version of an agreement: an immutable <version>.md and its hash in the lock file.
// Run: npm run agreements:publish -- --slug <slug> --file <path> --kind major|minor --effective <date> --summary "..."
//      [--content-dir <dir>]   (default: CONTENT_DIR, else ./content)
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { effectiveMoment } from '../lib/content/frontmatter';
import { PublishRefused, publishVersion, readSource } from '../lib/content/publish';
import { env } from '../lib/env';

const USAGE =
  'usage: npm run agreements:publish -- --slug <slug> --file <path> --kind major|minor --effective <YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ> --summary "<what changed>" [--content-dir <dir>]';

const argsSchema = z.strictObject({
  slug: z.string({ error: 'is required' }).min(1),
  file: z.string({ error: 'is required' }).min(1),
  kind: z.enum(['major', 'minor'], { error: 'must be "major" (users must accept again) or "minor"' }),
  effective: z.string({ error: 'is required' }).pipe(effectiveMoment),
  summary: z.string({ error: 'is required' }).trim().min(1, 'must say what changed').max(2000),
  'content-dir': z.string().min(1).optional(),
});

function fail(message: string): never {
  console.error(`error: ${message}\n${USAGE}`);
  process.exit(2);
}

let values: Record<string, unknown>;
try {
  values = parseArgs({
    options: Object.fromEntries(['slug', 'file', 'kind', 'effective', 'summary', 'content-dir'].map((name) => [name, { type: 'string' as const }])),
  }).values;
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const args = argsSchema.safeParse(values);
if (!args.success) fail(args.error.issues.map((issue) => `--${issue.path.join('.')} ${issue.message}`).join('; '));

try {
  const published = publishVersion({
    contentDir: args.data['content-dir'] ?? env().contentDir,
    slug: args.data.slug,
    source: readSource(args.data.file),
    kind: args.data.kind,
    effective: args.data.effective,
    summary: args.data.summary,
    now: new Date(),
  });
  for (const warning of published.warnings) console.warn(`warning: ${warning}`);
  console.log(`Published ${args.data.slug} version ${published.version} (${args.data.kind}, effective ${args.data.effective})\n  ${published.file}\n  sha256 ${published.sha256}`);
} catch (error) {
  if (error instanceof PublishRefused) {
    console.error(`refused: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
