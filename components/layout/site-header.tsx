import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { LocaleSwitcher } from './locale-switcher';

export function SiteHeader() {
  const t = useTranslations('SiteHeader');
  const tLocale = useTranslations('LocaleSwitcher');
  const locale = useLocale();
  return (
    <header className="sticky top-0 z-40 border-b border-slate-200 bg-white/95 backdrop-blur">
      <div className="mx-auto flex h-14 max-w-7xl items-center justify-between gap-4 px-4 sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-semibold text-slate-900">
          <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6 text-brand-700" fill="none" stroke="currentColor" strokeWidth="2">
            <path d="M6 3h9l3 3v15H6z" strokeLinejoin="round" />
            <path d="M9 12l2 2 4-4" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          {t('productName')}
        </Link>
        <nav aria-label={t('primaryNav')} className="flex items-center gap-4 text-sm">
          <Link href="/" className="text-slate-700 hover:text-slate-900">
            {t('agreements')}
          </Link>
          <LocaleSwitcher
            label={tLocale('label')}
            current={locale}
            options={routing.locales.map((value) => ({ value, label: tLocale(value) }))}
          />
        </nav>
      </div>
    </header>
  );
}
