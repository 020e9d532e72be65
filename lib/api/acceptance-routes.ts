import 'server-only';
import type { DirectHandler } from '@/lib/net/direct-routes';
import { serverSecret } from '@/lib/secret';
import { recordAcceptance, recordAcceptanceBatch } from './acceptances-api';
import { handleApiRequest } from './route-handler';

/** POST /api/v1/acceptances */
export const postAcceptance: DirectHandler = (request) => handleApiRequest(request, (db) => recordAcceptance(db, serverSecret(), request));

/** POST /api/v1/acceptances:batch */
export const postAcceptanceBatch: DirectHandler = (request) => handleApiRequest(request, (db) => recordAcceptanceBatch(db, serverSecret(), request));

/**
 * The ledger's write path, the API's busiest routes: server.ts answers them without the Next.js
 * request pipeline (instrumentation.ts registers them), which costs as much CPU as the append itself.
 * Their route.ts files serve the same handlers wherever Next.js does the routing (lib/api/answer.ts).
 */
export const ACCEPTANCE_ROUTES: ReadonlyMap<string, DirectHandler> = new Map([
  ['POST /api/v1/acceptances', postAcceptance],
  ['POST /api/v1/acceptances:batch', postAcceptanceBatch],
]);
