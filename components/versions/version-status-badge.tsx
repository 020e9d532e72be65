import { useTranslations } from 'next-intl';
import type { VersionStatus } from '@/lib/content/types';

const KEYS = { current: 'statusCurrent', upcoming: 'statusUpcoming', superseded: 'statusSuperseded' } as const satisfies Record<VersionStatus, string>;

export function VersionStatusBadge({ status }: { status: VersionStatus }) {
  const t = useTranslations('Versions');
  const tone = status === 'current' ? 'bg-accent text-on-accent' : status === 'upcoming' ? 'bg-accent-soft text-accent-strong' : 'bg-panel text-muted';
  return <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold ${tone}`}>{t(KEYS[status])}</span>;
}
