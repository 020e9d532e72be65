import { useFormatter, useTranslations } from 'next-intl';
import type { VersionMeta } from '@/lib/content/types';

/** The identity of the version on screen: what an acceptance record will point at. */
export function VersionFacts({ meta, sha256 }: { meta: VersionMeta; sha256: string }) {
  const t = useTranslations('VersionFacts');
  const format = useFormatter();
  return (
    <section aria-labelledby="version-facts" className="mt-10 max-w-3xl rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm">
      <h2 id="version-facts" className="font-semibold text-slate-900">
        {t('title')}
      </h2>
      <dl className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2 text-slate-700">
        <dt className="font-medium">{t('version')}</dt>
        <dd>{meta.version}</dd>
        <dt className="font-medium">{t('effective')}</dt>
        <dd>
          <time dateTime={meta.effectiveDate}>
            {format.dateTime(new Date(`${meta.effectiveDate}T00:00:00Z`), { dateStyle: 'long' })}
          </time>
        </dd>
        <dt className="font-medium">{t('sha256')}</dt>
        <dd>
          <code className="break-all font-mono text-xs text-slate-800">{sha256}</code>
        </dd>
      </dl>
      <p className="mt-3 text-xs text-slate-600">{t('sha256Help')}</p>
    </section>
  );
}
