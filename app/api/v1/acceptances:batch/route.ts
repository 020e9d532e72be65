import { recordAcceptanceBatch } from '@/lib/api/acceptances-api';
import { handleApi } from '@/lib/api/route-handler';
import { serverSecret } from '@/lib/secret';

export async function POST(request: Request) {
  return handleApi(request, (db) => recordAcceptanceBatch(db, serverSecret(), request));
}
