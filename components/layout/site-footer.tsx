import { useTranslations } from 'next-intl';

export function SiteFooter() {
  const t = useTranslations('SiteFooter');
  return (
    <footer className="border-t print:hidden border-line bg-panel">
      <div className="mx-auto max-w-7xl px-4 py-6 text-sm text-muted sm:px-6">
        <p>{t('note')}</p>
      </div>
    </footer>
  );
}
