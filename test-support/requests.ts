import { type Answer, type ApiRequest, apiRequestOf, responseOf } from '@/lib/api/answer';
import { CLIENT_ADDRESS_HEADER } from '@/lib/net/client-address';

/** The address every test request comes from, as server.ts would have determined it. */
export const TEST_CLIENT_ADDRESS = '192.0.2.10';

/** A request as the app receives it from server.ts: with the client-address header set. */
export function appRequest(url: string, init: RequestInit = {}, address = TEST_CLIENT_ADDRESS): Request {
  const headers = new Headers(init.headers);
  headers.set(CLIENT_ADDRESS_HEADER, address);
  return new Request(url, { ...init, headers });
}

/** An API handler's answer to a test request, as a Web Response (what a route.ts file would send). */
export async function answerTo(handler: (request: ApiRequest) => Promise<Answer>, request: Request): Promise<Response> {
  return responseOf(await handler(apiRequestOf(request)));
}
