import { z } from 'zod';
import type { AcceptanceMethod } from '@/lib/ledger/records';

export const METHODS = ['signup-checkbox', 're-acceptance', 'api'] as const satisfies readonly AcceptanceMethod[];

/** A calendar day that exists, written YYYY-MM-DD ("2026-02-30" does not). */
export function isRealDay(value: string): boolean {
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD').refine(isRealDay, 'is not a real date');

const FIELDS = {
  agreement: z.string().max(100, 'must be at most 100 characters'),
  version: z.string().max(50, 'must be at most 50 characters'),
  method: z.enum(METHODS, { error: 'is not a known method' }),
  from: isoDay,
  to: isoDay,
  email: z.email('must be an email address').max(254),
};

/** What the operator asked to see. Dates are whole UTC days, both ends included. */
export type RecordFilter = { [K in keyof typeof FIELDS]?: z.infer<(typeof FIELDS)[K]> };
export type FilterErrors = Partial<Record<keyof RecordFilter, string>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

/** Reads the console's filter from a query string; an invalid field is named, and left out of the filter. */
export function parseRecordFilter(params: Record<string, string | string[] | undefined>): { filter: RecordFilter; errors: FilterErrors } {
  const filter: Record<string, string> = {};
  const errors: FilterErrors = {};
  for (const [field, schema] of Object.entries(FIELDS) as [keyof RecordFilter, z.ZodType<string>][]) {
    const value = first(params[field]);
    if (value === undefined) continue;
    const parsed = schema.safeParse(value);
    if (parsed.success) filter[field] = parsed.data;
    else errors[field] = parsed.error.issues[0]?.message ?? 'is not valid';
  }
  if (filter.from && filter.to && filter.from > filter.to) {
    errors.to = 'must not be before "from"';
    delete filter.to;
  }
  return { filter: filter as RecordFilter, errors };
}

/** The filter as query parameters, for links (pagination, export) that keep it. */
export function filterQuery(filter: RecordFilter): URLSearchParams {
  return new URLSearchParams(Object.entries(filter).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
