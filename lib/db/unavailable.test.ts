import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './unavailable';

const coded = (code: string) => Object.assign(new Error('x'), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', coded('ECONNREFUSED')],
    ['an administrator shutdown', coded('57P01')],
    ['a connection exception class', coded('08006')],
    ['a pool timeout', new Error('timeout exceeded when trying to connect')],
    ['a wrapped one, as Drizzle wraps', new Error('Failed query: select 1', { cause: coded('ECONNRESET') })],
    ['several refused addresses', new AggregateError([coded('ECONNREFUSED'), coded('ECONNREFUSED')])],
  ])('recognises %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a constraint violation', coded('23505')],
    ['a syntax error', coded('42601')],
    ['a plain bug', new TypeError('undefined is not a function')],
    ['nothing', undefined],
  ])('does not mistake %s for it', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
