import 'server-only';
import { ATOM_TYPE } from './versions-feed';

export const feedResponse = (xml: string | null) =>
  xml === null ? new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } }) : new Response(xml, { headers: { 'content-type': `${ATOM_TYPE}; charset=utf-8` } });
