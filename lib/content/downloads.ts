/** Download formats of a version: the canonical text (whose SHA-256 is the version's id) and its source. */
export const DOWNLOAD_FORMATS = {
  txt: { contentType: 'text/plain; charset=utf-8' },
  md: { contentType: 'text/markdown; charset=utf-8' },
} as const;
export type DownloadFormat = keyof typeof DOWNLOAD_FORMATS;

export function downloadPath(slug: string, version: string, format: DownloadFormat): string {
  return `/downloads/${slug}/${version}.${format}`;
}

/** Splits "2020-11-26.txt" into its version and format, or null for anything else. */
export function parseDownloadFile(file: string): { version: string; format: DownloadFormat } | null {
  const match = /^(.+)\.(txt|md)$/.exec(file);
  return match?.[1] && (match[2] === 'txt' || match[2] === 'md') ? { version: match[1], format: match[2] } : null;
}
