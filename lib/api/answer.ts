/**
 * An API exchange as plain data. The acceptance routes, the ledger's write path, are answered by
 * server.ts without the Next.js pipeline (lib/net/direct-routes.ts); building a Web Request and
 * Response for them (headers, body streams) cost as much CPU as validating and hashing the acceptance.
 * Their route.ts files adapt a Web Request to this and the answer back (webRoute).
 */

/** Reads request headers by name (case-insensitive), as a Web Headers object does. */
export interface HeaderReader {
  get(name: string): string | null;
  has(name: string): boolean;
}

export interface ApiRequest {
  method: string;
  /** The path, without the query. */
  path: string;
  headers: HeaderReader;
  /** The whole body, or null once it is longer than `maxBytes` (the rest is not read). */
  body(maxBytes: number): Promise<Uint8Array | null>;
}

export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export const responseOf = (answer: Answer) => new Response(answer.body, { status: answer.status, headers: answer.headers });

export const jsonAnswer = (value: unknown, status = 200): Answer => ({ status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });

/** A Web Request as an ApiRequest: its body read as a stream, and no further than the limit. */
export function apiRequestOf(request: Request): ApiRequest {
  return {
    method: request.method,
    path: new URL(request.url).pathname,
    headers: request.headers,
    body: async (maxBytes) => {
      const reader = request.body?.getReader();
      const chunks: Uint8Array[] = [];
      let size = 0;
      for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
        size += chunk.value.byteLength;
        if (size > maxBytes) {
          await reader?.cancel();
          return null;
        }
        chunks.push(chunk.value);
      }
      return Buffer.concat(chunks);
    },
  };
}

/** A Next.js route handler answering with an API handler. */
export const webRoute =
  (handler: (request: ApiRequest) => Promise<Answer>) =>
  async (request: Request): Promise<Response> =>
    responseOf(await handler(apiRequestOf(request)));
