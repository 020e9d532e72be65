import { routing } from '@/i18n/routing';
import { getClauseSearch } from '@/lib/search/clause-search';

type Context = { params: Promise<{ file: string }> };

export const dynamicParams = false;
// The index covers current versions, which change at effective dates (seconds).
export const revalidate = 10;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ file: `${locale}.json` }));
}

/** The serialised clause index the search dialog downloads when it is first opened. */
export async function GET(_request: Request, { params }: Context) {
  const { file } = await params;
  const locale = routing.locales.find((candidate) => file === `${candidate}.json`);
  if (!locale) return new Response('Not found', { status: 404 });
  return Response.json(getClauseSearch(locale).serialize());
}
