import { openApiDocument } from '@/lib/api/openapi';
import { env } from '@/lib/env';

export function GET() {
  return Response.json(openApiDocument(env().siteUrl));
}
