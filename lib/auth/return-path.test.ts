import { describe, expect, it } from 'vitest';
import { safeReturnPath, signInPath } from './return-path';

describe('safeReturnPath', () => {
  it.each(['/en/account', '/zh/account', '/en/agreements/kmct-service-agreement?mode=pure'])('keeps %s', (path) => {
    expect(safeReturnPath(path, 'en')).toBe(path);
  });

  it.each([
    ['an absolute URL', 'https://evil.example/en/account'],
    ['a protocol-relative URL', '//evil.example/en'],
    ['a double slash inside', '/en//evil.example'],
    ['no locale', '/account'],
    ['an unknown locale', '/fr/account'],
    ['a backslash', '/en\\evil'],
    ['a script URL', 'javascript:alert(1)'],
    ['a non-string', 42],
    ['an over-long path', `/en/${'a'.repeat(600)}`],
  ])('replaces %s with the account page', (_name, value) => {
    expect(safeReturnPath(value, 'zh')).toBe('/zh/account');
  });
});

describe('signInPath', () => {
  it('carries the return path, which safeReturnPath accepts back', () => {
    const path = signInPath('zh', '/zh/admin/records/42');
    expect(path).toBe('/zh/signin?next=%2Fzh%2Fadmin%2Frecords%2F42');
    expect(safeReturnPath(new URL(path, 'http://x').searchParams.get('next'), 'zh')).toBe('/zh/admin/records/42');
  });
});
