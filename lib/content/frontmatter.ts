import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { VersionMeta } from './types';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');

const frontmatterSchema = z.strictObject({
  title: z.string().min(1),
  navTitle: z.string().min(1),
  description: z.string().min(1),
  version: z.string().regex(/^[0-9A-Za-z][0-9A-Za-z.-]*$/, 'must be letters, digits, dots and dashes'),
  lastUpdated: z.string().min(1),
  effectiveDate: isoDate,
  changeKind: z.enum(['initial', 'major', 'minor']),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a BCP 47 language tag'),
});

export function parseFrontmatter(yamlText: string, fileLabel: string): VersionMeta {
  const result = frontmatterSchema.safeParse(parseYaml(yamlText));
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'} ${issue.message}`);
    throw new Error(`${fileLabel}: invalid frontmatter: ${problems.join('; ')}`);
  }
  return result.data;
}
