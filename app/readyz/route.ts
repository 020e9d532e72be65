import { readiness } from '@/lib/health/readiness';

export const dynamic = 'force-dynamic';

/** Readiness: 200 when this instance can serve (database, migrations, storage), else 503 naming what fails. */
export async function GET() {
  const { ready, checks } = await readiness();
  return Response.json({ status: ready ? 'ready' : 'not ready', checks }, { status: ready ? 200 : 503, headers: { 'cache-control': 'no-store' } });
}
