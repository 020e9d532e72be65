import { type NextRequest, NextResponse } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { routing } from '@/i18n/routing';

const intlMiddleware = createMiddleware(routing);

const MALFORMED_PATH_PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Page not found · Accord</title>
<main><h1>Page not found</h1><p>This address is not valid.</p><p><a href="/${routing.defaultLocale}">Back to all agreements</a></p></main></html>`;

function isDecodable(pathname: string): boolean {
  try {
    decodeURI(pathname);
    return true;
  } catch {
    return false;
  }
}

export default function proxy(request: NextRequest) {
  // Next.js answers a path with broken percent-encoding ("/en/%E0%A4%A") with a 500, even after a
  // rewrite, because it decodes the original path's params. Such a path can name no page: answer 404.
  if (!isDecodable(request.nextUrl.pathname)) {
    return new NextResponse(MALFORMED_PATH_PAGE, { status: 404, headers: { 'content-type': 'text/html; charset=utf-8' } });
  }
  return intlMiddleware(request);
}

export const config = {
  // Every path except API routes, Next.js internals and files with an extension.
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
