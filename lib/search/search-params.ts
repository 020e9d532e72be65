import { z } from 'zod';

/** `/search?q=…&scope=…` as typed input. Anything odd becomes a default, never an error page. */
const searchParamsSchema = z.object({
  q: z.union([z.string(), z.array(z.string())]).optional().transform((value) => (Array.isArray(value) ? value[0] : value) ?? ''),
  scope: z.union([z.string(), z.array(z.string())]).optional().transform((value) => (Array.isArray(value) ? value[0] : value) ?? 'all'),
});

export interface SearchRequest {
  query: string;
  /** "all" or a known slug. */
  scope: string;
  /** The scope asked for when it named no agreement; the search then covers all documents. */
  unknownScope: string | null;
}

export function parseSearchParams(raw: Record<string, string | string[] | undefined>, slugs: readonly string[]): SearchRequest {
  const { q, scope } = searchParamsSchema.parse(raw);
  const known = scope === 'all' || slugs.includes(scope);
  return { query: q, scope: known ? scope : 'all', unknownScope: known ? null : scope };
}
