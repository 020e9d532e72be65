import { postAcceptanceBatch } from '@/lib/api/acceptance-routes';
import { webRoute } from '@/lib/api/answer';

export const POST = webRoute(postAcceptanceBatch);
