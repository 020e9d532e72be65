/** Download formats of a text: the canonical text (whose SHA-256 is the text's id), its source file, and a PDF of it. */
export const DOWNLOAD_FORMATS = {
  txt: { contentType: 'text/plain; charset=utf-8' },
  md: { contentType: 'text/markdown; charset=utf-8' },
  pdf: { contentType: 'application/pdf' },
} as const;
export type DownloadFormat = keyof typeof DOWNLOAD_FORMATS;

const isDownloadFormat = (value: string): value is DownloadFormat => Object.hasOwn(DOWNLOAD_FORMATS, value);

/** `fileStem` names the text: "2020-11-26" (primary) or "2020-11-26.zh" (a translation). */
export function downloadPath(slug: string, fileStem: string, format: DownloadFormat): string {
  return `/downloads/${slug}/${fileStem}.${format}`;
}

/** Splits "2020-11-26.zh.txt" into its file stem and format, or null for anything else. */
export function parseDownloadFile(file: string): { fileStem: string; format: DownloadFormat } | null {
  const match = /^(.+)\.([a-z]+)$/.exec(file);
  const format = match?.[2];
  return match?.[1] && format && isDownloadFormat(format) ? { fileStem: match[1], format } : null;
}
