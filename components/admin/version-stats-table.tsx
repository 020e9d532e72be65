import { useTranslations } from 'next-intl';
import type { AgreementStats } from '@/lib/admin/stats';
import type { VersionEntry } from '@/lib/content/types';
import { ChangeKindBadge } from '@/components/versions/change-kind-badge';
import { VersionStatusBadge } from '@/components/versions/version-status-badge';

/** Per version of one agreement: how many acceptances, by how many users; and who must accept again. */
export function VersionStatsTable({ stats, history }: { stats: AgreementStats; history: VersionEntry[] }) {
  const t = useTranslations('Admin');
  const title = history.find((entry) => entry.status === 'current')?.meta.title ?? stats.slug;
  const cell = 'border-b border-line px-3 py-2';
  return (
    <section aria-labelledby={`stats-${stats.slug}`} className="mt-8">
      <h2 id={`stats-${stats.slug}`} className="text-xl font-semibold text-ink">
        {title}
      </h2>
      <p className="mt-2 text-ink-soft">{t('mustReaccept', { count: stats.mustReaccept })}</p>
      <div role="region" aria-label={t('versionsTable', { agreement: title })} tabIndex={0} className="mt-3 overflow-x-auto rounded-lg border border-line">
        <table className="w-full min-w-[32rem] border-collapse text-sm">
          <thead className="bg-panel text-left text-ink">
            <tr>
              <th scope="col" className={cell}>{t('colVersion')}</th>
              <th scope="col" className={cell}>{t('colStatus')}</th>
              <th scope="col" className={`${cell} text-right`}>{t('colAcceptances')}</th>
              <th scope="col" className={`${cell} text-right`}>{t('colUsers')}</th>
            </tr>
          </thead>
          <tbody className="text-ink-soft">
            {stats.versions.map((version) => {
              const entry = history.find((candidate) => candidate.meta.version === version.version);
              return (
                <tr key={version.version}>
                  <th scope="row" className={`${cell} text-left font-medium text-ink`}>{version.version}</th>
                  <td className={`${cell} space-x-2`}>
                    {entry && <VersionStatusBadge status={entry.status} />}
                    {entry && <ChangeKindBadge kind={entry.meta.changeKind} />}
                  </td>
                  <td className={`${cell} text-right tabular-nums`}>{version.records}</td>
                  <td className={`${cell} text-right tabular-nums`}>{version.users}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
