import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { appendAcceptances, verifyLedger } from '@/lib/ledger/records';
import { testAcceptance } from '@/test-support/acceptance-input';
import { DataDirectoryError, ensureRoom, openDatabase } from './open-database';
import { acceptanceRecord } from './schema';

// Read-only and full file systems are made with mount(8), which needs root (as on the CI machine).
const canMount = (() => {
  if (process.getuid?.() !== 0) return false;
  const probe = mkdtempSync(path.join(tmpdir(), 'accord-mount-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe]);
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
})();

const SECRET = 'data-dir-test-secret-data-dir-test-secret';
const batch = (first: number, size: number) => Array.from({ length: size }, (_, i) => testAcceptance(first + i, { userAgent: 'x'.repeat(8000) }));

const mount = (...args: string[]) => execFileSync('mount', args, { stdio: 'pipe' });

describe.skipIf(!canMount)('an unusable data directory', () => {
  it('read-only: refused at opening with a message that says so; the data is intact afterwards', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'accord-ro-'));
    try {
      const first = await openDatabase({ dataDir });
      await first.db.transaction((tx) => appendAcceptances(tx, SECRET, batch(0, 3)));
      await first.close();
      mount('--bind', dataDir, dataDir);
      mount('-o', 'remount,bind,ro', dataDir);
      try {
        await expect(openDatabase({ dataDir })).rejects.toThrow(DataDirectoryError);
        await expect(openDatabase({ dataDir })).rejects.toThrow(`The data directory ${dataDir} is on a read-only file system.`);
      } finally {
        execFileSync('umount', [dataDir]);
      }
      const again = await openDatabase({ dataDir });
      expect(await verifyLedger(again.db)).toMatchObject({ ok: true, size: 3 });
      await again.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);

  it('full: writes are refused before the disk runs out; with room again, every acknowledged record is there', async () => {
    const volume = mkdtempSync(path.join(tmpdir(), 'accord-full-'));
    mount('-t', 'tmpfs', '-o', 'size=96m', 'tmpfs', volume);
    const dataDir = path.join(volume, 'data');
    mkdirSync(dataDir);
    try {
      const database = await openDatabase({ dataDir });
      // The guard the app runs before every request, here with a smaller margin so the test is quick.
      const margin = 48 * 1024 * 1024;
      let acknowledged = 0;
      let refusal: unknown;
      for (let round = 0; round < 400 && !refusal; round++) {
        try {
          ensureRoom(dataDir, margin);
          await database.db.transaction((tx) => appendAcceptances(tx, SECRET, batch(acknowledged, 100)));
          acknowledged += 100;
        } catch (error) {
          refusal = error;
        }
      }
      expect(refusal).toBeInstanceOf(DataDirectoryError);
      expect(String(refusal)).toContain(`The data directory ${dataDir} is (nearly) full.`);
      expect(acknowledged).toBeGreaterThan(0);
      expect(await verifyLedger(database.db)).toMatchObject({ ok: true, size: acknowledged });

      mount('-o', 'remount,size=320m', volume);
      ensureRoom(dataDir, margin);
      await database.db.transaction((tx) => appendAcceptances(tx, SECRET, batch(acknowledged, 1)));
      expect((await database.db.select({ n: count() }).from(acceptanceRecord))[0]?.n).toBe(acknowledged + 1);
      expect((await verifyLedger(database.db)).ok).toBe(true);
      await database.close();
    } finally {
      execFileSync('umount', [volume]);
      rmSync(volume, { recursive: true, force: true });
    }
  }, 120_000);
});
