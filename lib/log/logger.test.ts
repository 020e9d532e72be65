import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, networkOf, requestIdOf } from './logger';

describe('request ids and networks', () => {
  it('keeps a well-formed X-Request-Id and makes one otherwise', () => {
    expect(requestIdOf(new Headers({ 'x-request-id': 'proxy-1234abcd' }))).toBe('proxy-1234abcd');
    expect(requestIdOf(new Headers({ 'x-request-id': 'bad id; with spaces' }))).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdOf(new Headers())).not.toBe(requestIdOf(new Headers()));
  });

  it('cuts addresses to their network', () => {
    expect(networkOf('203.0.113.77')).toBe('203.0.113.0/24');
    expect(networkOf('2001:db8:1234:5678::1')).toBe('2001:db8:1234::/48');
    expect(networkOf('unknown')).toBe('unknown');
  });
});

describe('redaction', () => {
  it('never writes passwords, tokens, emails or addresses, however deep', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write: (chunk, _encoding, done) => {
        lines.push(String(chunk));
        done();
      },
    });
    createLogger(sink).info(
      { password: 'hunter2hunter2', body: { email: 'person@example.com', password: 'x' }, headers: { authorization: 'Bearer accord_secret', cookie: 'session=abc' }, record: { ipAddress: '203.0.113.7', userAgent: 'Firefox/1' } },
      'signup',
    );
    const line = lines.join('');
    for (const secret of ['hunter2hunter2', 'person@example.com', 'Bearer accord_secret', 'session=abc', '203.0.113.7', 'Firefox/1']) expect(line).not.toContain(secret);
    expect(JSON.parse(line)).toMatchObject({ service: 'accord', msg: 'signup', password: '[redacted]', body: { email: '[redacted]' } });
  });
});
