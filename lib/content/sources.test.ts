import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_FILES, SHARED_SEEDS_DIR, SOURCES_DIR } from '@/test-support/seed-text';

describe('source captures', () => {
  it.each(Object.values(SEED_FILES))('content/sources/%s is in the repository', (file) => {
    expect(readFileSync(path.join(SOURCES_DIR, file)).length).toBeGreaterThan(1000);
  });

  it.runIf(existsSync(SHARED_SEEDS_DIR)).each(Object.values(SEED_FILES))('content/sources/%s is byte-identical to the handed-over capture', (file) => {
    expect(readFileSync(path.join(SOURCES_DIR, file)).equals(readFileSync(path.join(SHARED_SEEDS_DIR, file)))).toBe(true);
  });
});
