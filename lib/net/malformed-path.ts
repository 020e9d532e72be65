import { problemJson } from '@/lib/api/problem';
import { SECURITY_HEADERS } from '@/lib/security/security-headers';

// C0 controls (NUL among them) and DEL: no page, file or API route has one in its address.
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * Whether a request target's path can name nothing: broken percent-encoding ("%E0%A4%A", "%ZZ"),
 * encoded bytes that are not UTF-8 (a lone surrogate's "%ED%A0%80" among them), or a control character,
 * encoded or not. Next.js would answer the first with a 500 and serve "/en/%00" as "/en".
 */
export function isMalformedPath(target: string): boolean {
  const path = target.split(/[?#]/, 1)[0] ?? '';
  try {
    return CONTROL.test(decodeURIComponent(path));
  } catch {
    return true;
  }
}

const PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Page not found · Accord</title>
<main><h1>Page not found</h1><p>This address is not valid.</p><p><a href="/en">Back to all agreements</a></p></main></html>`;

/**
 * The answer to a malformed path, before Next.js sees it: 400 problem JSON under /api (a client sent
 * a request no route can read), otherwise a 404 page with a way back; the security headers on both,
 * nothing cached.
 */
export function malformedPathResponse(target: string): { status: number; headers: Record<string, string>; body: string } {
  const api = target.startsWith('/api/');
  return {
    status: api ? 400 : 404,
    headers: {
      ...SECURITY_HEADERS,
      'Content-Type': api ? 'application/problem+json' : 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
    },
    body: api ? problemJson(400, 'Malformed address', 'The request path is not valid percent-encoded UTF-8, or contains a control character.') : PAGE,
  };
}
