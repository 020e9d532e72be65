/**
 * The client's address as the reverse proxy in front of the app reports it (first X-Forwarded-For
 * entry, then X-Real-IP). Without a proxy every client shares "unknown", so limits then apply to all.
 */
export function clientAddress(headers: Headers): string {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim().slice(0, 64) || headers.get('x-real-ip')?.trim().slice(0, 64) || 'unknown';
}
