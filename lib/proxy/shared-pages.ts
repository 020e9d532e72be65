import { routing } from '@/i18n/routing';
import { READING_MODE_PARAM } from '@/lib/reader/reading-mode';

// The public pages whose HTML is the same for every reader: home, an agreement (either reading mode,
// chosen by a cookie that is part of the proxy's cache key), its version history, a version, and a
// comparison. Never account, admin, signup, sign-in, verify, or search (a query is personal).
const SHARED = [/^$/, /^\/agreements\/[a-z0-9-]+$/, /^\/agreements\/[a-z0-9-]+\/versions(?:\/[^/]+)?$/, /^\/agreements\/[a-z0-9-]+\/compare$/];

/**
 * Whether a page request may be answered from a shared cache. `?mode=` sets the reading-mode cookie,
 * so that response is personal; everything else is decided by the path.
 */
export function isSharedPage(pathname: string, searchParams: URLSearchParams): boolean {
  if (searchParams.has(READING_MODE_PARAM)) return false;
  const [, locale = '', ...rest] = pathname.split('/');
  if (!(routing.locales as readonly string[]).includes(locale)) return false;
  const path = rest.length > 0 ? `/${rest.join('/')}` : '';
  return SHARED.some((pattern) => pattern.test(path));
}
