import { vi } from 'vitest';

const HALF_HOUR_MS = 30 * 60 * 1000;

/**
 * Holds the clock (Date only: timers still run) at one moment well inside every rate-limit window, so a
 * test that counts attempts never sees its window end and the count start again from zero halfway
 * through. Windows are fixed (lib/rate-limit/quota.ts); the default ones, 10 and 15 minutes, both
 * divide half an hour, and the moment is 5 minutes into one. Undo with vi.useRealTimers().
 */
export function holdClockInsideLimitWindows(): void {
  const moment = Math.floor(Date.now() / HALF_HOUR_MS) * HALF_HOUR_MS + 5 * 60 * 1000;
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(moment);
}
