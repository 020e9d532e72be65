import { describe, expect, it } from 'vitest';
import type { AgreementHistory } from '@/lib/content/types';
import { statusOf } from './status';

const HISTORY: AgreementHistory = {
  slug: 'terms',
  versions: [
    { version: 'v1', changeKind: 'initial' },
    { version: 'v2', changeKind: 'major' },
    { version: 'v3', changeKind: 'minor' },
    { version: 'v4', changeKind: 'major' },
  ],
  currentVersion: 'v3',
};
const at = new Date('2026-01-01T00:00:00Z');
const accepted = (...versions: string[]) => versions.map((version) => ({ agreement: 'terms', version, recordedAt: at }));

describe('statusOf', () => {
  it.each([
    ['nothing accepted', [], 'never-accepted', true, null, []],
    ['the current version', ['v3'], 'none', false, 'v3', []],
    ['a version before a minor change only', ['v2'], 'minor', false, 'v2', ['v3']],
    ['a version before a major change', ['v1'], 'major', true, 'v1', ['v2', 'v3']],
    ['an old version after a newer one (the newest counts)', ['v3', 'v1'], 'none', false, 'v3', []],
    ['an upcoming version', ['v4'], 'none', false, 'v4', []],
    ['a version that does not exist', ['v9'], 'never-accepted', true, null, []],
  ] as const)('%s', (_name, versions, change, required, acceptedVersion, since) => {
    expect(statusOf(HISTORY, accepted(...versions))).toMatchObject({
      currentVersion: 'v3',
      changeSinceAccepted: change,
      acceptanceRequired: required,
      currentAccepted: change === 'none',
      acceptedVersion,
      versionsSinceAccepted: since,
    });
  });

  it("ignores other agreements' acceptances", () => {
    expect(statusOf(HISTORY, [{ agreement: 'other', version: 'v3', recordedAt: at }]).changeSinceAccepted).toBe('never-accepted');
  });
});
