import type { IncomingMessage, ServerResponse } from 'node:http';
import { internalError, problem } from '@/lib/api/problem';
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
    const body = incoming.method === 'GET' || incoming.method === 'HEAD' ? undefined : await readBody(incoming);
    // Only the path and query matter to a handler: the Host header is not trusted to build the URL.
    response =
      body === null
        ? problem(413, 'Body too large', `The body must be at most ${MAX_BODY_BYTES} bytes; nothing was recorded.`)
        : await handler(new Request(new URL(incoming.url ?? '/', 'http://localhost'), { method: incoming.method, headers, body }));
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

/** The largest body any direct route takes (a batch of acceptances); the handlers set their own, smaller limits. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The request's body, read into memory (cheaper than a stream for a handler that reads it whole), or
 * null once it exceeds MAX_BODY_BYTES: the rest is not kept. Rejects if the client goes away mid-body.
 */
function readBody(incoming: IncomingMessage): Promise<Buffer<ArrayBuffer> | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size <= MAX_BODY_BYTES) {
        chunks.push(chunk);
        return;
      }
      incoming.off('data', onData);
      incoming.resume();
      resolve(null);
    };
    incoming.on('data', onData);
    incoming.once('end', () => resolve(Buffer.concat(chunks)));
    incoming.once('close', () => (incoming.complete ? undefined : reject(new Error('the client went away before its body ended'))));
    incoming.once('error', reject);
  });
}
