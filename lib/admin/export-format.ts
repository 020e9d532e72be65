import type { AdminRecord } from './records';

export const EXPORT_FORMATS = {
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv' },
  jsonl: { contentType: 'application/x-ndjson; charset=utf-8', extension: 'jsonl' },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

const COLUMNS = ['seq', 'id', 'recordedAt', 'userId', 'agreement', 'version', 'language', 'method', 'contentSha256', 'email', 'ipAddress', 'userAgent', 'erasedAt'] as const;

type ExportRow = Record<(typeof COLUMNS)[number], string | number | null>;

const exportRow = (record: AdminRecord): ExportRow => ({
  ...record,
  recordedAt: record.recordedAt.toISOString(),
  erasedAt: record.erasedAt?.toISOString() ?? null,
});

/**
 * One CSV field (RFC 4180): quoted when it holds a quote, comma or line break. A text that a
 * spreadsheet would run as a formula (=, +, -, @, tab, CR first) is prefixed with ' so it stays text.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const csvHeader = () => `${COLUMNS.join(',')}\r\n`;

export function formatRecord(record: AdminRecord, format: ExportFormat): string {
  const row = exportRow(record);
  return format === 'csv' ? `${COLUMNS.map((column) => csvField(row[column])).join(',')}\r\n` : `${JSON.stringify(row)}\n`;
}
