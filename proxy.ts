import { type NextRequest, NextResponse } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { routing } from '@/i18n/routing';
import { parseReadingMode, pureVariantPath, READING_MODE_COOKIE, READING_MODE_PARAM, readingModeCookies } from '@/lib/reader/reading-mode';
import { env } from '@/lib/env';
import { CACHE_SECONDS_HEADER, PLACEHOLDER_NONCE, PROXY_RENDER_HEADER } from '@/lib/proxy/proxy-render';
import { isSharedPage } from '@/lib/proxy/shared-pages';
import { newNonce, pagePolicy } from '@/lib/security/content-security-policy';

const intlMiddleware = createMiddleware(routing);

const ONE_YEAR = 60 * 60 * 24 * 365;

/**
 * Agreement pages exist twice, normal and pure. `?mode=` picks one and is remembered in a
 * cookie; without it the cookie picks. The pure variant is served by rewrite, so the URL stays put.
 */
function applyReadingMode(request: NextRequest, response: NextResponse): NextResponse {
  const pureTarget = pureVariantPath(request.nextUrl.pathname);
  if (!pureTarget || response.headers.has('location')) return response;
  const requested = parseReadingMode(request.nextUrl.searchParams.get(READING_MODE_PARAM));
  const mode = requested ?? parseReadingMode(request.cookies.get(READING_MODE_COOKIE)?.value) ?? 'normal';
  const result = mode === 'pure' ? NextResponse.rewrite(new URL(pureTarget, request.url)) : response;
  if (result !== response) {
    for (const cookie of response.headers.getSetCookie()) result.headers.append('set-cookie', cookie);
  }
  if (requested) {
    for (const cookie of readingModeCookies(request.nextUrl.pathname, requested, routing.locales, ONE_YEAR)) result.headers.append('set-cookie', cookie);
  }
  return result;
}

export default function proxy(request: NextRequest) {
  const response = applyReadingMode(request, intlMiddleware(request));
  // Next.js copies this header onto the request it renders, reads the nonce and puts it on its scripts.
  // For the caching proxy, a placeholder it replaces with a fresh nonce in every response it sends.
  const forProxy = request.headers.get(PROXY_RENDER_HEADER) === '1';
  response.headers.set('content-security-policy', pagePolicy(forProxy ? PLACEHOLDER_NONCE : newNonce()));
  const document = !request.headers.has('rsc') && request.method === 'GET';
  if (forProxy && document && !response.headers.has('location') && isSharedPage(request.nextUrl.pathname, request.nextUrl.searchParams)) {
    // A shared page sets no cookie (the page's own script remembers its language instead).
    response.headers.delete('set-cookie');
    response.headers.set(CACHE_SECONDS_HEADER, String(env().proxy.cacheSeconds));
  }
  return response;
}

export const config = {
  // Every path except API routes, Next.js internals and files with an extension.
  matcher: '/((?!api|_next|_vercel|downloads|ledger|healthz|readyz|.*\\..*).*)',
};
