/**
 * Runs once when the server starts: hands server.ts the routes it answers itself
 * (lib/net/direct-routes.ts), and starts delivering the email outbox (lib/email/app-worker.ts). NEXT_RUNTIME is set by Next.js at build time, not configuration (so not
 * in lib/env.ts); the check keeps the Node.js-only modules out of the Edge build of this file.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const [{ ACCEPTANCE_ROUTES }, { registerDirectRoutes }] = await Promise.all([import('@/lib/api/acceptance-routes'), import('@/lib/net/direct-routes')]);
  registerDirectRoutes(ACCEPTANCE_ROUTES);
  const { startAppEmailWorker } = await import('@/lib/email/app-worker');
  await startAppEmailWorker();
}
