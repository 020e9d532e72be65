import { postAcceptanceBatch } from '@/lib/api/acceptance-routes';

export const POST = postAcceptanceBatch;
