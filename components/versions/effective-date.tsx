import { useFormatter } from 'next-intl';
import { effectiveAt, hasTimeOfDay } from '@/lib/content/effective';
import type { VersionMeta } from '@/lib/content/types';

/** A version's effective date in the reader's locale; with its time (UTC) when it names one. */
export function EffectiveDate({ meta }: { meta: Pick<VersionMeta, 'effectiveDate'> }) {
  const format = useFormatter();
  const options = hasTimeOfDay(meta) ? ({ dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' } as const) : ({ dateStyle: 'long', timeZone: 'UTC' } as const);
  return <time dateTime={meta.effectiveDate}>{format.dateTime(new Date(effectiveAt(meta)), options)}</time>;
}
