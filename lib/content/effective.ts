import type { VersionMeta } from './types';

/** When a version comes into force, in milliseconds since the epoch (a bare day means midnight UTC). */
export function effectiveAt(meta: Pick<VersionMeta, 'effectiveDate'>): number {
  return Date.parse(meta.effectiveDate);
}

/** True when the effective date names a time of day, not just a day. */
export function hasTimeOfDay(meta: Pick<VersionMeta, 'effectiveDate'>): boolean {
  return meta.effectiveDate.includes('T');
}
