import { postAcceptance } from '@/lib/api/acceptance-routes';

export const POST = postAcceptance;
