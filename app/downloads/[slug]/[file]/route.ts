import { getAllVersions, getVersionText } from '@/lib/content/agreements';
import { DOWNLOAD_FORMATS, parseDownloadFile } from '@/lib/content/downloads';
import { versionPdf } from '@/lib/pdf/version-pdf';
import { versionPdfWords } from '@/lib/pdf/version-pdf-words';

type Context = { params: Promise<{ slug: string; file: string }> };

// Versions published after the build are served on first request; anything else is a 404.
export const dynamicParams = true;

export function generateStaticParams() {
  return getAllVersions().flatMap((version) =>
    Object.keys(DOWNLOAD_FORMATS).map((format) => ({ slug: version.slug, file: `${version.fileStem}.${format}` })),
  );
}

/**
 * The exact published version: `.txt` is the canonical text whose SHA-256 identifies it, `.md` its
 * source file, `.pdf` the text set for print with the version and SHA-256 on every page.
 */
export async function GET(_request: Request, { params }: Context) {
  const { slug, file } = await params;
  const parsed = parseDownloadFile(file);
  const version = parsed && getVersionText(slug, parsed.fileStem);
  if (!parsed || !version) return new Response('Not found', { status: 404 });
  const body = { txt: () => version.canonicalText, md: () => version.source, pdf: async () => new Uint8Array(await versionPdf(version, await versionPdfWords(version))) }[parsed.format];
  return new Response(await body(), {
    headers: {
      'content-type': DOWNLOAD_FORMATS[parsed.format].contentType,
      'content-disposition': `attachment; filename="${slug}-${parsed.fileStem}.${parsed.format}"`,
      'x-content-sha256': version.sha256,
    },
  });
}
