import { userStatus } from '@/lib/api/acceptances-api';
import { handleApi } from '@/lib/api/route-handler';
import { serverSecret } from '@/lib/secret';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handleApi(request, (db) => userStatus(db, serverSecret(), request, id));
}
