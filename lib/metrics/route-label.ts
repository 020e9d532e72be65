import { routing } from '@/i18n/routing';

/**
 * Accord's routes as patterns (as the app directory names them, without route groups), most specific
 * first: a metric is labelled with one of these, never with a raw path, so its label values stay few
 * whatever paths clients send.
 */
const ROUTES = [
  '/_next/static/[...file]',
  '/_next/image',
  '/api/v1/ledger/records/[seq]/proof',
  '/api/v1/users/[id]/status',
  '/api/v1/ledger/checkpoints',
  '/api/v1/ledger/checkpoint',
  '/api/v1/ledger/consistency',
  '/api/v1/acceptances:batch',
  '/api/v1/acceptances',
  '/api/v1/agreements',
  '/api/v1/openapi.json',
  '/api/receipts/[id]',
  '/api/admin/export',
  '/ledger/tile/[...path]',
  '/ledger/checkpoint',
  '/ledger/key',
  '/.well-known/accord-keys.json',
  '/downloads/[slug]/[file]',
  '/search-index/[file]',
  '/healthz',
  '/readyz',
  '/robots.txt',
  '/sitemap.xml',
  '/favicon.svg',
  '/[locale]/agreements/[slug]/versions/[version]',
  '/[locale]/agreements/[slug]/versions',
  '/[locale]/agreements/[slug]/compare',
  '/[locale]/agreements/[slug]/feed.xml',
  '/[locale]/agreements/[slug]',
  '/[locale]/admin/records/[seq]',
  '/[locale]/admin/audit',
  '/[locale]/admin/stats',
  '/[locale]/admin/verify',
  '/[locale]/admin',
  '/[locale]/account',
  '/[locale]/reaccept',
  '/[locale]/search',
  '/[locale]/signin',
  '/[locale]/signup',
  '/[locale]/verify',
  '/[locale]/feed.xml',
  '/[locale]',
  '/[locale]/[...rest]',
  '/',
].map((route) => ({ route, segments: route.split('/').filter(Boolean) }));

const LOCALES: readonly string[] = routing.locales;

function matches(pattern: string[], segments: string[]): boolean {
  for (const [index, part] of pattern.entries()) {
    if (part.startsWith('[...')) return segments.length > index;
    const segment = segments[index];
    if (segment === undefined) return false;
    if (part === '[locale]' ? !LOCALES.includes(segment) : part.startsWith('[') ? false : part !== segment) return false;
  }
  return segments.length === pattern.length;
}

/** The route pattern a request target belongs to, or "other" (unknown paths, probes, malformed targets). */
export function routeLabel(target: string): string {
  const path = target.split(/[?#]/, 1)[0] ?? '';
  const segments = path.split('/').filter(Boolean);
  return ROUTES.find(({ segments: pattern }) => matches(pattern, segments))?.route ?? 'other';
}
