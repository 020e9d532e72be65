// Accord's HTTP server: Next.js behind a few lines that take the client's address from the connection
// before Next.js sees the request (plain `next start` keeps a client's own X-Forwarded-For and exposes
// no socket address), and answer a path that can name nothing (lib/net/malformed-path.ts). Run: npm start (production build), npm run dev (development).
//   -p, --port <n>       port (default PORT, else 3000)
//   -H, --hostname <h>   address to listen on (default all)
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import next from 'next';
import { env } from './lib/env';
import { CLIENT_ADDRESS_HEADER, declareClientAddressHeaderSet, parseTrustedProxies, resolveClientAddress } from './lib/net/client-address';
import { isMalformedPath, malformedPathResponse } from './lib/net/malformed-path';

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' }, dev: { type: 'boolean', default: false } },
});
const dev = values.dev;
const port = values.port ? Number(values.port) : env().port;
const trusted = parseTrustedProxies(env().trustedProxies);

const app = next({ dev, hostname: values.hostname ?? 'localhost', port, turbopack: dev });
const handle = app.getRequestHandler();
await app.prepare();
declareClientAddressHeaderSet();

const server = createServer((request, response) => {
  const target = request.url ?? '/';
  if (isMalformedPath(target)) {
    const answer = malformedPathResponse(target);
    response.writeHead(answer.status, answer.headers).end(answer.body);
    return;
  }
  const forwardedFor = request.headers['x-forwarded-for'];
  request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(
    request.socket.remoteAddress ?? '',
    Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor,
    trusted,
  );
  void handle(request, response);
});

server.listen(port, values.hostname, () => {
  process.stdout.write(`Accord ${dev ? '(development) ' : ''}listening on http://${values.hostname ?? 'localhost'}:${port}\n`);
});

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    // Keep-alive connections would hold close() open: give requests in flight a moment, then go.
    setTimeout(() => process.exit(0), 5000).unref();
    server.closeIdleConnections();
  });
}
