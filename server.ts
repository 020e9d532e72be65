// Accord's HTTP server: Next.js behind a few lines that take the client's address from the connection
// before Next.js sees the request (plain `next start` keeps a client's own X-Forwarded-For and exposes
// no socket address), answer a path that can name nothing (lib/net/malformed-path.ts), and serve the
// acceptance API without the Next.js pipeline (lib/net/direct-routes.ts). Run: npm start (production build), npm run dev (development).
//   -p, --port <n>       port (default PORT, else 3000)
//   -H, --hostname <h>   address to listen on (default all)
// With METRICS_PORT set, Prometheus metrics are served at http://METRICS_HOST:METRICS_PORT/metrics.
import { createServer } from 'node:http';
import type { Socket } from 'node:net';
import { parseArgs } from 'node:util';
import next from 'next';
import { env } from './lib/env';
import { CLIENT_ADDRESS_HEADER, declareClientAddressHeaderSet, isTrusted, parseTrustedProxies, plainAddress, resolveClientAddress } from './lib/net/client-address';
import { collectProcessMetrics, httpDuration, httpRequests, METRICS_CONTENT_TYPE, metricsText } from './lib/metrics/metrics';
import { routeLabel } from './lib/metrics/route-label';
import { directRoute, serveDirect } from './lib/net/direct-routes';
import { isMalformedPath, malformedPathResponse } from './lib/net/malformed-path';
import { PROXY_RENDER_HEADER } from './lib/proxy/proxy-render';

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' }, dev: { type: 'boolean', default: false } },
});
const dev = values.dev;
const port = values.port ? Number(values.port) : env().port;
const trusted = parseTrustedProxies(env().trustedProxies);
/** Whether a connection's peer is a trusted proxy: looked up once a connection, not once a request. */
const trustedPeers = new WeakMap<Socket, boolean>();
function peerIsTrusted(socket: Socket): boolean {
  let known = trustedPeers.get(socket);
  if (known === undefined) trustedPeers.set(socket, (known = isTrusted(trusted, plainAddress(socket.remoteAddress ?? ''))));
  return known;
}

const app = next({ dev, hostname: values.hostname ?? 'localhost', port, turbopack: dev });
const handle = app.getRequestHandler();
await app.prepare();
declareClientAddressHeaderSet();

const server = createServer((request, response) => {
  const target = request.url ?? '/';
  const started = process.hrtime.bigint();
  response.once('finish', () => {
    const labels = { route: routeLabel(target), method: ['GET', 'HEAD', 'POST'].includes(request.method ?? '') ? (request.method ?? '') : 'other', status: String(response.statusCode) };
    httpRequests.inc(labels);
    httpDuration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
  });
  if (isMalformedPath(target)) {
    const answer = malformedPathResponse(target);
    response.writeHead(answer.status, answer.headers).end(answer.body);
    return;
  }
  // Only the caching proxy may ask for a shareable page (lib/proxy/proxy-render.ts).
  if (!peerIsTrusted(request.socket)) delete request.headers[PROXY_RENDER_HEADER];
  const forwardedFor = request.headers['x-forwarded-for'];
  request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(
    request.socket.remoteAddress ?? '',
    Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor,
    trusted,
  );
  const direct = directRoute(request.method, target);
  if (direct) void serveDirect(direct, request, response);
  else void handle(request, response);
});

server.listen(port, values.hostname, () => {
  process.stdout.write(`Accord ${dev ? '(development) ' : ''}listening on http://${values.hostname ?? 'localhost'}:${port}\n`);
});

// Prometheus metrics on a port of their own (METRICS_PORT; this machine only unless METRICS_HOST says
// otherwise), never on the public one.
const metrics = env().metrics;
if (metrics) collectProcessMetrics();
const metricsServer =
  metrics &&
  createServer((request, response) => {
    if (request.method !== 'GET' || request.url !== '/metrics') {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found: metrics are at /metrics\n');
      return;
    }
    metricsText().then(
      (text) => response.writeHead(200, { 'Content-Type': METRICS_CONTENT_TYPE, 'Cache-Control': 'no-store' }).end(text),
      () => response.writeHead(500, { 'Content-Type': 'text/plain' }).end('metrics could not be collected\n'),
    );
  }).listen(metrics.port, metrics.host);

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    metricsServer?.close();
    server.close(() => process.exit(0));
    // Keep-alive connections would hold close() open: give requests in flight a moment, then go.
    setTimeout(() => process.exit(0), 5000).unref();
    server.closeIdleConnections();
  });
}
