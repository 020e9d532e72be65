import { listAgreements } from '@/lib/api/acceptances-api';
import { responseOf } from '@/lib/api/answer';
import { handleApi } from '@/lib/api/route-handler';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  return handleApi(request, async (db) => responseOf(await listAgreements(db, request.headers)));
}
