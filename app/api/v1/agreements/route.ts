import { listAgreements } from '@/lib/api/acceptances-api';
import { handleApi } from '@/lib/api/route-handler';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  return handleApi(request, (db) => listAgreements(db, request));
}
