/** Download formats of a text: the canonical text (whose SHA-256 is the text's id) and its source file. */
export const DOWNLOAD_FORMATS = {
  txt: { contentType: 'text/plain; charset=utf-8' },
  md: { contentType: 'text/markdown; charset=utf-8' },
} as const;
export type DownloadFormat = keyof typeof DOWNLOAD_FORMATS;

/** `fileStem` names the text: "2020-11-26" (primary) or "2020-11-26.zh" (a translation). */
export function downloadPath(slug: string, fileStem: string, format: DownloadFormat): string {
  return `/downloads/${slug}/${fileStem}.${format}`;
}

/** Splits "2020-11-26.zh.txt" into its file stem and format, or null for anything else. */
export function parseDownloadFile(file: string): { fileStem: string; format: DownloadFormat } | null {
  const match = /^(.+)\.(txt|md)$/.exec(file);
  return match?.[1] && (match[2] === 'txt' || match[2] === 'md') ? { fileStem: match[1], format: match[2] } : null;
}
