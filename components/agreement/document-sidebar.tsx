import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { AgreementSummary } from '@/lib/content/agreements';

/** Every agreement, with the one being read marked as the current page. */
export function DocumentSidebar({ agreements, currentSlug }: { agreements: AgreementSummary[]; currentSlug: string }) {
  const t = useTranslations('DocumentSidebar');
  return (
    <nav aria-label={t('label')} className="text-sm lg:sticky lg:top-20 lg:self-start">
      <h2 className="font-semibold text-slate-900">{t('title')}</h2>
      <ul className="mt-3 space-y-1">
        {agreements.map((agreement) => {
          const current = agreement.slug === currentSlug;
          return (
            <li key={agreement.slug}>
              <Link
                href={`/agreements/${agreement.slug}`}
                aria-current={current ? 'page' : undefined}
                className={
                  current
                    ? 'block rounded-md bg-brand-50 px-3 py-2 font-medium text-brand-800'
                    : 'block rounded-md px-3 py-2 text-slate-700 hover:bg-slate-100 hover:text-slate-900'
                }
              >
                {agreement.current.navTitle}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
