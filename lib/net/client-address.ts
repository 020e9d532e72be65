import { BlockList, isIP } from 'node:net';
import type { HeaderReader } from '@/lib/api/answer';

/**
 * The header that carries the client's address from server.ts to the app. server.ts always replaces
 * whatever a client sent in it, so inside the app it is the address server.ts determined.
 */
export const CLIENT_ADDRESS_HEADER = 'x-accord-client-address';

/** "::ffff:127.0.0.1" (an IPv4 peer on a dual-stack socket) is 127.0.0.1. */
export function plainAddress(address: string): string {
  return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

/** The trusted proxies, from "127.0.0.1, 10.0.0.0/8, ::1": addresses or CIDR ranges, IPv4 or IPv6. */
export function parseTrustedProxies(spec: string): BlockList {
  const list = new BlockList();
  for (const entry of spec.split(',').map((part) => part.trim()).filter(Boolean)) {
    const [address = '', prefix] = entry.split('/');
    const family = isIP(address);
    if (family === 0 || (prefix !== undefined && !/^\d{1,3}$/.test(prefix))) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return list;
}

/** Whether `address` (a connection's peer, or a hop) is one of the trusted proxies. */
export const isTrusted = (trusted: BlockList, address: string) => {
  const family = isIP(address);
  return family !== 0 && trusted.check(address, family === 4 ? 'ipv4' : 'ipv6');
};

/**
 * The client's address for a connection from `peer`. X-Forwarded-For is believed only when the peer
 * is a trusted proxy: its entries are read right to left (each appended by the hop before), trusted
 * proxies skipped, and the first untrusted address is the client. Anything malformed on the way
 * stops the walk at the last hop that can be believed.
 */
export function resolveClientAddress(peer: string, forwardedFor: string | undefined, trusted: BlockList): string {
  let client = plainAddress(peer);
  if (!forwardedFor || !isTrusted(trusted, client)) return client;
  const hops = forwardedFor.split(',').map((hop) => plainAddress(hop.trim()));
  for (let index = hops.length - 1; index >= 0; index--) {
    const hop = hops[index] ?? '';
    if (isIP(hop) === 0) return client;
    client = hop;
    if (!isTrusted(trusted, hop)) return client;
  }
  return client;
}

/** Set by server.ts in its own process: the header above is then always its word, never a client's. */
const HEADER_IS_SET = Symbol.for('accord.client-address-header-is-set');
type ProcessGlobal = typeof globalThis & { [HEADER_IS_SET]?: boolean };

export function declareClientAddressHeaderSet(): void {
  (globalThis as ProcessGlobal)[HEADER_IS_SET] = true;
}

/**
 * The address of the client that sent the request, as server.ts determined it. Fails closed when the
 * app was started some other way (plain `next start` passes a client's own header through), rather
 * than trusting it or lumping every client into one bucket.
 */
export function clientAddress(headers: HeaderReader): string {
  const address = headers.get(CLIENT_ADDRESS_HEADER);
  if (!(globalThis as ProcessGlobal)[HEADER_IS_SET] || !address) {
    throw new Error('The client address is unknown: start Accord with `npm start` (server.ts), which takes it from the connection before Next.js sees the request.');
  }
  return address;
}
