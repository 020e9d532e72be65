import { useTranslations } from 'next-intl';

export function SiteFooter() {
  const t = useTranslations('SiteFooter');
  return (
    <footer className="border-t border-slate-200 bg-slate-50">
      <div className="mx-auto max-w-7xl px-4 py-6 text-sm text-slate-600 sm:px-6">
        <p>{t('note')}</p>
      </div>
    </footer>
  );
}
