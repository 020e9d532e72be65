import { getAllVersions, getVersion } from '@/lib/content/agreements';
import { DOWNLOAD_FORMATS, parseDownloadFile } from '@/lib/content/downloads';

type Context = { params: Promise<{ slug: string; file: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllVersions().flatMap((version) =>
    Object.keys(DOWNLOAD_FORMATS).map((format) => ({ slug: version.slug, file: `${version.document.meta.version}.${format}` })),
  );
}

/** The exact published version: `.txt` is the canonical text whose SHA-256 identifies it, `.md` its source file. */
export async function GET(_request: Request, { params }: Context) {
  const { slug, file } = await params;
  const parsed = parseDownloadFile(file);
  const version = parsed && getVersion(slug, parsed.version);
  if (!parsed || !version) return new Response('Not found', { status: 404 });
  return new Response(parsed.format === 'txt' ? version.canonicalText : version.source, {
    headers: {
      'content-type': DOWNLOAD_FORMATS[parsed.format].contentType,
      'content-disposition': `attachment; filename="${slug}-${parsed.version}.${parsed.format}"`,
      'x-content-sha256': version.sha256,
    },
  });
}
