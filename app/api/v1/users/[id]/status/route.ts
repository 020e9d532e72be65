import { userStatus } from '@/lib/api/acceptances-api';
import { responseOf } from '@/lib/api/answer';
import { handleApi } from '@/lib/api/route-handler';
import { serverSecret } from '@/lib/secret';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handleApi(request, async (db) => responseOf(await userStatus(db, serverSecret(), request.headers, id)));
}
