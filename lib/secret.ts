// Not 'server-only' (it reads node:fs, which no client bundle could take anyway): npm run email:deliver signs receipts with it.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/env';

let cached: string | undefined;

/**
 * The server secret (session signing, pseudonym keys). From ACCORD_SECRET; on the embedded database
 * without it, generated once into DATA_DIR/secret (mode 0600), so a fresh clone starts with no setup
 * and no secret ever sits in the repository. Several instances on PostgreSQL must share one, so there
 * it is required.
 */
export function serverSecret(): string {
  if (cached) return cached;
  const { secret, databaseUrl, dataDir } = env();
  if (secret) return (cached = secret);
  if (databaseUrl) throw new Error('ACCORD_SECRET must be set (at least 32 characters) when DATABASE_URL is used');
  const file = path.join(dataDir, 'secret');
  try {
    mkdirSync(dataDir, { recursive: true });
    // 'wx' fails if the file exists, so two first callers can never write different secrets.
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  cached = readFileSync(file, 'utf8').trim();
  return cached;
}
