import { eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiKey } from '@/lib/db/schema';
import { useTestDatabase } from '@/test-support/databases';
import { authenticateHost, createApiKey } from './api-keys';

describe('API keys', () => {
  const testDatabase = useTestDatabase('pglite');
  afterEach(() => vi.useRealTimers());

  it('names the host of a valid key, and nobody for a wrong secret, a malformed or a missing key', async () => {
    const { db } = testDatabase();
    const token = await createApiKey(db, 'shop');
    expect(await authenticateHost(db, `Bearer ${token}`)).toBe('shop');
    const wrongSecret = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect(await authenticateHost(db, `Bearer ${wrongSecret}`)).toBeNull();
    expect(await authenticateHost(db, 'Bearer accord_short')).toBeNull();
    expect(await authenticateHost(db, null)).toBeNull();
  });

  it('stops accepting a revoked key once the remembered lookup expires (10 s)', async () => {
    const { db } = testDatabase();
    vi.useFakeTimers({ toFake: ['Date'] });
    const token = await createApiKey(db, 'forum');
    expect(await authenticateHost(db, `Bearer ${token}`)).toBe('forum');
    await db.update(apiKey).set({ revokedAt: sql`now()` }).where(eq(apiKey.host, 'forum'));
    vi.advanceTimersByTime(9_000);
    expect(await authenticateHost(db, `Bearer ${token}`)).toBe('forum');
    vi.advanceTimersByTime(2_000);
    expect(await authenticateHost(db, `Bearer ${token}`)).toBeNull();
  });
});
