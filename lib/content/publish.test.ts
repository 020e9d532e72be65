import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockPath, lockProblems, readLock } from './lock';
import { PublishRefused, publishVersion } from './publish';
import { readAllVersions } from './repository';

const SLUG = 'product-terms-of-service';
const current = readFileSync(path.resolve(import.meta.dirname, '..', '..', 'content', 'agreements', SLUG, '2020-12-31.md'), 'utf8');
const body = current.split('---\n').slice(2).join('---\n');

let contentDir: string;
beforeEach(() => {
  contentDir = mkdtempSync(path.join(tmpdir(), 'accord-publish-'));
  cpSync(path.resolve(import.meta.dirname, '..', '..', 'content'), contentDir, { recursive: true });
});
afterEach(() => rmSync(contentDir, { recursive: true, force: true }));

const publish = (source: string, effective = '2030-01-01', kind: 'major' | 'minor' = 'major') =>
  publishVersion({ contentDir, slug: SLUG, source, kind, effective, summary: 'Fees change.', now: new Date('2026-11-25T12:00:00Z') });

const snapshot = () => ({ lock: readFileSync(lockPath(contentDir), 'utf8'), files: readAllVersions(contentDir).length });

describe('publishVersion', () => {
  it('adds an immutable version file and its hash to the lock, which then verifies', () => {
    const published = publish(body.replace('1.1 These Product Terms apply', '1.1 These updated Product Terms apply'));
    expect(published.version).toBe('2030-01-01');
    expect(published.warnings).toEqual([]);
    const versions = readAllVersions(contentDir);
    const added = versions.find((text) => text.slug === SLUG && text.fileStem === '2030-01-01');
    expect(added?.document.meta).toMatchObject({ changeKind: 'major', effectiveDate: '2030-01-01', summary: 'Fees change.', lastUpdated: '2026-11-25 12:00:00', title: 'Kingsoft Cloud Product Terms of Service' });
    expect(readLock(contentDir)[SLUG]?.['2030-01-01']).toEqual({ en: published.sha256 });
    expect(lockProblems(versions, readLock(contentDir))).toEqual([]);
  });

  it('names two versions taking effect on the same day apart, and warns when the date has passed', () => {
    publish(body.replace('1.1 These', '1.1 Now these'), '2026-11-25T08:00:00Z');
    const second = publish(body.replace('1.1 These', '1.1 Today these'), '2026-11-25T09:00:00Z', 'minor');
    expect(second.version).toBe('2026-11-25-2');
    expect(second.warnings).toEqual(['the effective date 2026-11-25T09:00:00Z has passed: the version is in force at once']);
  });

  it.each([
    ['an unchanged text', () => publish(body), /unchanged from version 2020-12-31/],
    ['an unchanged text with only a new "last updated"', () => publish(`---\nlastUpdated: "2030-01-01 00:00:00"\n---\n${body}`), /unchanged/],
    ['an unparseable text', () => publish('## not numbered\n\nwords'), /cannot be published: .*section heading/],
    ['an effective date not after the current one', () => publish(body.replace('1.1', '1.1 Amended:'), '2020-12-31'), /must be after that of the latest version, 2020-12-31/],
    ['an unknown agreement', () => publishVersion({ contentDir, slug: 'nope', source: body, kind: 'minor', effective: '2030-01-01', summary: 's', now: new Date() }), /unknown agreement "nope"; known agreements: kmct-service-agreement, product-terms-of-service/],
    ['frontmatter that tries to set the version', () => publish(`---\nversion: "1"\n---\n${body.replace('1.1', '1.1 X')}`), /may only set title, navTitle, description and lastUpdated/],
  ])('refuses %s and changes nothing', (_name, act, message) => {
    const before = snapshot();
    const lockTime = statSync(lockPath(contentDir)).mtimeMs;
    expect(act).toThrow(PublishRefused);
    expect(act).toThrow(message);
    expect(snapshot()).toEqual(before);
    expect(statSync(lockPath(contentDir)).mtimeMs).toBe(lockTime);
  });
});
