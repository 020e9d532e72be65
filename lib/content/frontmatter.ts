import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { VersionMeta } from './types';

/** A day ("2026-03-01", from midnight UTC) or an instant in UTC ("2026-03-01T09:00:00Z"). */
export const effectiveMoment = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?Z)?$/, 'must be a date written YYYY-MM-DD or a UTC time YYYY-MM-DDTHH:MM:SSZ')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'is not a real date');

const frontmatterSchema = z.strictObject({
  title: z.string().min(1),
  navTitle: z.string().min(1),
  description: z.string().min(1),
  version: z.string().regex(/^[0-9A-Za-z][0-9A-Za-z.-]*$/, 'must be letters, digits, dots and dashes'),
  lastUpdated: z.string().min(1),
  effectiveDate: effectiveMoment,
  changeKind: z.enum(['initial', 'major', 'minor']),
  summary: z.string().trim().min(1).max(2000).optional(),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a BCP 47 language tag'),
}).refine((meta) => meta.changeKind === 'initial' || meta.summary !== undefined, {
  path: ['summary'],
  message: 'is required for a major or minor change: say what changed',
});

export function parseFrontmatter(yamlText: string, fileLabel: string): VersionMeta {
  const result = frontmatterSchema.safeParse(parseYaml(yamlText));
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'} ${issue.message}`);
    throw new Error(`${fileLabel}: invalid frontmatter: ${problems.join('; ')}`);
  }
  return result.data;
}
