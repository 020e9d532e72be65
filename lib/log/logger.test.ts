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

function capture() {
  const lines: string[] = [];
  const sink = new Writable({
    write: (chunk, _encoding, done) => {
      lines.push(String(chunk));
      done();
    },
  });
  return { log: createLogger(sink), text: () => lines.join('') };
}

describe('redaction', () => {
  it('never writes passwords, tokens, emails or addresses, however deep', () => {
    const { log, text } = capture();
    log.info(
      { password: 'hunter2hunter2', body: { email: 'person@example.com', password: 'x' }, headers: { authorization: 'Bearer accord_secret', cookie: 'session=abc' }, record: { ipAddress: '203.0.113.7', userAgent: 'Firefox/1' } },
      'signup',
    );
    log.info({ deep: { deeper: { deepest: { email: 'deep@example.com', userAgent: 'Deep/1', list: [{ password: 'in-a-list-pw' }] } } } }, 'deep');
    const line = text();
    for (const secret of ['deep@example.com', 'Deep/1', 'in-a-list-pw']) expect(line).not.toContain(secret);
    for (const secret of ['hunter2hunter2', 'person@example.com', 'Bearer accord_secret', 'session=abc', '203.0.113.7', 'Firefox/1']) expect(line).not.toContain(secret);
    expect(JSON.parse(line.split('\n')[0] ?? '')).toMatchObject({ service: 'accord', msg: 'signup', password: '[redacted]', body: { email: '[redacted]' } });
  });

  it('keeps the parameters and details of a failed database statement out of the log, with its cause', () => {
    // The shape drizzle and pg give a failed INSERT: parameters in the message, the stack, a field of
    // their own, and PostgreSQL's detail naming the offending value.
    const cause = Object.assign(new Error('duplicate key value violates unique constraint "user_email_unique"'), {
      code: '23505',
      detail: 'Key (email)=(victim@example.com) already exists.',
      parameters: ['victim@example.com', '198.51.100.9'],
    });
    const failed = Object.assign(new Error('Failed query: insert into "acceptance_personal_data" values ($1, $2, $3)\nparams: victim@example.com,198.51.100.9,Mozilla/5.0 Secret', { cause }), {
      query: 'insert into "acceptance_personal_data" values ($1, $2, $3)',
      params: ['victim@example.com', '198.51.100.9', 'Mozilla/5.0 Secret'],
      // pg attaches its client (with every connection parameter) to some errors.
      client: new (class Client {
        connectionParameters = { user: 'postgres', password: 'db-password' };
      })(),
    });
    const { log, text } = capture();
    log.error({ err: failed }, 'signup failed');
    const line = text();
    for (const leaked of ['victim@example.com', '198.51.100.9', 'Mozilla/5.0 Secret']) expect(line).not.toContain(leaked);
    expect(line).not.toContain('connectionParameters');
    const entry = JSON.parse(line) as { err: { message: string; query: string; cause: { code: string } } };
    expect(entry.err.message).toContain('Failed query: insert into "acceptance_personal_data"');
    expect(entry.err.query).toBe('insert into "acceptance_personal_data" values ($1, $2, $3)');
    expect(entry.err.cause.code).toBe('23505');
  });
});
