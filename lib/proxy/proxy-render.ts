/**
 * Pages rendered for the caching reverse proxy (`npm run start:proxy`, nginx) are the same for every
 * reader, so a cache can share them: they carry this placeholder where a page's nonce goes, in the
 * Content-Security-Policy and on every script, and the proxy replaces it in each response it sends
 * (cached or not) with a fresh 128-bit value of its own ($request_id). The app renders one only when
 * the request says it comes from the proxy, and server.ts lets that header through only from a
 * trusted proxy's address: a client that sends it itself gets an ordinary page with a fresh nonce.
 */
export const PROXY_RENDER_HEADER = 'x-accord-proxy-render';

/** 24 base64 characters, like a real nonce; "Accord cache nonce slot" in base64, found nowhere else. */
export const PLACEHOLDER_NONCE = 'QWNjb3JkY2FjaGVub25jZXNs';

/** The response header that tells the proxy how long it may keep a page (nginx reads and drops it). */
export const CACHE_SECONDS_HEADER = 'x-accel-expires';
