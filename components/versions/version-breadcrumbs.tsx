import { useTranslations } from 'next-intl';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { Link } from '@/components/ui/link';
import type { VersionMeta } from '@/lib/content/types';
import { versionsHref } from '@/lib/versions/paths';

const LINK = 'hover:text-ink hover:underline';

/** All agreements / <agreement> / Version history [/ <page>]: the last crumb is the current page. */
export function VersionBreadcrumbs({ slug, meta, page }: { slug: string; meta: VersionMeta; page?: string }) {
  const t = useTranslations('Versions');
  const history = t('historyTitle');
  return (
    <Breadcrumbs
      label={t('breadcrumb')}
      crumbs={[
        { key: 'home', node: <Link href="/" className={LINK}>{t('allAgreements')}</Link> },
        { key: 'agreement', node: <Link href={`/agreements/${slug}`} className={LINK} lang={meta.language}>{meta.navTitle}</Link> },
        page
          ? { key: 'history', node: <Link href={versionsHref(slug)} className={LINK}>{history}</Link> }
          : { key: 'history', node: <span aria-current="page" className="text-ink">{history}</span> },
        ...(page ? [{ key: 'page', node: <span aria-current="page" className="text-ink">{page}</span> }] : []),
      ]}
    />
  );
}
