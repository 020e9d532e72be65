import { CLIENT_ADDRESS_HEADER } from '@/lib/net/client-address';

/** The address every test request comes from, as server.ts would have determined it. */
export const TEST_CLIENT_ADDRESS = '192.0.2.10';

/** A request as the app receives it from server.ts: with the client-address header set. */
export function appRequest(url: string, init: RequestInit = {}, address = TEST_CLIENT_ADDRESS): Request {
  const headers = new Headers(init.headers);
  headers.set(CLIENT_ADDRESS_HEADER, address);
  return new Request(url, { ...init, headers });
}

