import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { internalError } from '@/lib/api/problem';
import { SECURITY_HEADERS } from '@/lib/security/security-headers';

// Shared by two module worlds: server.ts (run by tsx) and the app bundled by Next.js (instrumentation.ts),
// so the table lives on globalThis, not in this module's scope.
const REGISTRY = Symbol.for('accord.directRoutes');

/** A route handler as Next.js calls it: a Web Request in, a Response out. */
export type DirectHandler = (request: Request) => Promise<Response>;

type Registry = { [REGISTRY]?: ReadonlyMap<string, DirectHandler> };

/** Called once the app is loaded: these `METHOD /path` routes are answered by server.ts directly. */
export function registerDirectRoutes(routes: ReadonlyMap<string, DirectHandler>): void {
  (globalThis as Registry)[REGISTRY] = routes;
}

/** The handler registered for this method and request target (its query ignored), if any. */
export function directRoute(method: string | undefined, target: string): DirectHandler | undefined {
  const path = target.split('?', 1)[0] ?? '';
  return (globalThis as Registry)[REGISTRY]?.get(`${method ?? ''} ${path}`);
}

/**
 * Answers a Node.js request with a direct handler, as Next.js would (same Web Request in, same
 * Response out, the security headers Next.js adds to every response), without its routing pipeline.
 */
export async function serveDirect(handler: DirectHandler, incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
  let response: Response;
  try {
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    // Only the path and query matter to a handler: the Host header is not trusted to build the URL.
    // A streamed body needs `duplex`, which Node.js's fetch knows and the DOM types do not.
    const init: RequestInit & { duplex: 'half' } = {
      method: incoming.method,
      headers,
      body: incoming.method === 'GET' || incoming.method === 'HEAD' ? undefined : (Readable.toWeb(incoming) as ReadableStream<Uint8Array>),
      duplex: 'half',
    };
    response = await handler(new Request(new URL(incoming.url ?? '/', 'http://localhost'), init));
  } catch {
    response = internalError();
  }
  const body = Buffer.from(await response.arrayBuffer());
  const sent = new Headers(SECURITY_HEADERS);
  response.headers.forEach((value, name) => sent.set(name, value));
  sent.set('content-length', String(body.byteLength));
  outgoing.writeHead(response.status, Object.fromEntries(sent));
  outgoing.end(body);
}
