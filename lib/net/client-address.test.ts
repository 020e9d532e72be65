import { describe, expect, it } from 'vitest';
import { parseTrustedProxies, resolveClientAddress } from './client-address';

describe('client address', () => {
  const none = parseTrustedProxies('');
  const proxies = parseTrustedProxies('127.0.0.1, 10.0.0.0/8, ::1');

  it('believes X-Forwarded-For from nobody by default: the peer is the client', () => {
    expect(resolveClientAddress('203.0.113.9', '198.51.100.1', none)).toBe('203.0.113.9');
    expect(resolveClientAddress('::ffff:203.0.113.9', undefined, none)).toBe('203.0.113.9');
    expect(resolveClientAddress('127.0.0.1', '198.51.100.1', none)).toBe('127.0.0.1');
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy, however it is written', () => {
    expect(resolveClientAddress('203.0.113.9', '198.51.100.1, 10.0.0.2', proxies)).toBe('203.0.113.9');
  });

  it('walks the chain from a trusted proxy, right to left, to the first untrusted hop', () => {
    expect(resolveClientAddress('127.0.0.1', '198.51.100.1', proxies)).toBe('198.51.100.1');
    // The client wrote "1.2.3.4" itself; the proxies appended the rest.
    expect(resolveClientAddress('127.0.0.1', '1.2.3.4, 198.51.100.1, 10.1.2.3', proxies)).toBe('198.51.100.1');
    expect(resolveClientAddress('::1', '2001:db8::7', proxies)).toBe('2001:db8::7');
  });

  it('stops at the last believable hop when the chain holds garbage', () => {
    expect(resolveClientAddress('127.0.0.1', 'nonsense', proxies)).toBe('127.0.0.1');
    expect(resolveClientAddress('127.0.0.1', '198.51.100.1, <script>, 10.0.0.5', proxies)).toBe('10.0.0.5');
  });

  it('refuses a malformed TRUSTED_PROXIES entry by name', () => {
    expect(() => parseTrustedProxies('127.0.0.1, localhost')).toThrow('TRUSTED_PROXIES: "localhost" is not an IP address or CIDR range');
    expect(() => parseTrustedProxies('10.0.0.0/abc')).toThrow('"10.0.0.0/abc"');
  });
});
