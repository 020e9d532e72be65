import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { Answer, ApiRequest, HeaderReader } from '@/lib/api/answer';
import { internalError, problemAnswer } from '@/lib/api/problem';
import { SECURITY_HEADERS } from '@/lib/security/security-headers';

// Shared by two module worlds: server.ts (run by tsx) and the app bundled by Next.js (instrumentation.ts),
// so the table lives on globalThis, not in this module's scope.
const REGISTRY = Symbol.for('accord.directRoutes');

/** A route server.ts answers itself: plain data in and out (lib/api/answer.ts). */
export type DirectHandler = (request: ApiRequest) => Promise<Answer>;

type Registry = { [REGISTRY]?: ReadonlyMap<string, DirectHandler> };

/** Called once the app is loaded: these `METHOD /path` routes are answered by server.ts directly. */
export function registerDirectRoutes(routes: ReadonlyMap<string, DirectHandler>): void {
  (globalThis as Registry)[REGISTRY] = routes;
}

/** The handler registered for this method and request target (its query ignored), if any. */
export function directRoute(method: string | undefined, target: string): DirectHandler | undefined {
  return (globalThis as Registry)[REGISTRY]?.get(`${method ?? ''} ${pathOf(target)}`);
}

const pathOf = (target: string) => target.split('?', 1)[0] ?? '';

/** A Node.js request's headers, read as a Web Headers object reads them (repeated values joined). */
function headerReader(headers: IncomingHttpHeaders): HeaderReader {
  const get = (name: string) => {
    const value = headers[name.toLowerCase()];
    return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
  };
  return { get, has: (name) => get(name) !== null };
}

/**
 * Answers a Node.js request with a direct handler, with the security headers Next.js adds to every
 * response, without its routing pipeline. The body is read before the handler runs: a body over
 * MAX_BODY_BYTES gets 413 and the handler is not called.
 */
export async function serveDirect(handler: DirectHandler, incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
  let answer: Answer;
  try {
    const body = incoming.method === 'GET' || incoming.method === 'HEAD' ? Buffer.alloc(0) : await readBody(incoming);
    answer =
      body === null
        ? problemAnswer(413, 'Body too large', `The body must be at most ${MAX_BODY_BYTES} bytes; nothing was recorded.`)
        : await handler({
            method: incoming.method ?? 'GET',
            path: pathOf(incoming.url ?? '/'),
            headers: headerReader(incoming.headers),
            body: async (maxBytes) => (body.byteLength > maxBytes ? null : body),
          });
  } catch {
    answer = internalError();
  }
  const body = Buffer.from(answer.body);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) outgoing.setHeader(name, value);
  for (const [name, value] of Object.entries(answer.headers)) outgoing.setHeader(name, value);
  outgoing.setHeader('content-length', body.byteLength);
  outgoing.writeHead(answer.status);
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
