import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BATCH_BYTES } from '@/lib/api/acceptances-api';
import { jsonAnswer } from '@/lib/api/answer';
import { readJsonBody } from '@/lib/api/read-json';
import { MAX_BODY_BYTES, serveDirect } from './direct-routes';

/**
 * A real server answering every request with serveDirect and a handler that echoes the JSON it read
 * (with a limit of its own far above serveDirect's, so that only serveDirect can refuse a large body).
 */
describe('routes server.ts answers itself', () => {
  let server: Server;
  let port = 0;
  const handled: unknown[] = [];

  beforeAll(async () => {
    server = createServer((incoming, outgoing) => {
      void serveDirect(
        async (request) => {
          const read = await readJsonBody(request, 8 * MAX_BODY_BYTES);
          if ('error' in read) return read.error;
          handled.push(read.body);
          return jsonAnswer({ echo: read.body, path: request.path }, 201);
        },
        incoming,
        outgoing,
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** A POST whose body is sent in `chunks` (chunked, no Content-Length), or aborted after them. */
  const post = (chunks: string[], options: { abort?: boolean } = {}) =>
    new Promise<{ status: number; headers: Record<string, unknown>; body: string } | 'aborted'>((resolve, reject) => {
      const outgoing = httpRequest({ port, host: '127.0.0.1', method: 'POST', path: '/api/v1/acceptances?x=1', headers: { 'content-type': 'application/json' } }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      });
      outgoing.on('error', (error) => (options.abort ? resolve('aborted') : reject(error)));
      for (const chunk of chunks) outgoing.write(chunk);
      if (options.abort) setTimeout(() => outgoing.destroy(), 50);
      else outgoing.end();
    });

  it('hands the handler the whole body and its path, and answers with the security headers', async () => {
    const answer = await post(['{"userId":', ' "u-1", "wording": "我同意"}']);
    expect(answer).toMatchObject({ status: 201, headers: { 'x-frame-options': 'DENY', 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(answer !== 'aborted' ? answer.body : '')) } });
    expect(answer !== 'aborted' && JSON.parse(answer.body)).toEqual({ echo: { userId: 'u-1', wording: '我同意' }, path: '/api/v1/acceptances' });
  });

  it('refuses a body over the limit without keeping it or calling the handler', async () => {
    const before = handled.length;
    const chunk = `"${'x'.repeat(64 * 1024)}",`;
    const answer = await post(['[', ...Array.from<string>({ length: Math.ceil((2 * MAX_BODY_BYTES) / chunk.length) }).fill(chunk), '0]']);
    expect(answer).toMatchObject({ status: 413, headers: { 'content-type': 'application/problem+json' } });
    expect(answer !== 'aborted' && JSON.parse(answer.body)).toMatchObject({ status: 413, title: 'Body too large' });
    expect(handled.length).toBe(before);
  });

  it('drops a request whose client goes away mid-body, and goes on serving', async () => {
    const before = handled.length;
    expect(await post(['{"userId": "cut-off'], { abort: true })).toBe('aborted');
    expect(await post(['{"userId": "next"}'])).toMatchObject({ status: 201 });
    expect(handled.slice(before)).toEqual([{ userId: 'next' }]);
  });

  it('reads enough for the largest body a direct route takes', () => {
    expect(MAX_BODY_BYTES).toBeGreaterThanOrEqual(MAX_BATCH_BYTES);
  });
});
