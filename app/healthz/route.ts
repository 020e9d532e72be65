/** Liveness: the process answers. Never cached; touches nothing else (readiness is /readyz). */
export function GET() {
  return Response.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } });
}
