import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/components/ui/link';
import { routing } from '@/i18n/routing';
import { SearchLauncher } from '@/components/search/search-launcher';
import { LocaleSwitcher } from './locale-switcher';
import { SignedInSync } from './signed-in-sync';
import { ThemeToggle } from './theme-toggle';

export function SiteHeader() {
  const t = useTranslations('SiteHeader');
  const tLocale = useTranslations('LocaleSwitcher');
  const locale = useLocale();
  return (
    <header className="sticky top-0 z-40 print:hidden border-b border-line bg-canvas/95 backdrop-blur">
      <div className="mx-auto flex h-14 max-w-7xl items-center justify-between gap-2 px-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-semibold text-ink">
          <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6 text-accent" fill="none" stroke="currentColor" strokeWidth="2">
            <path d="M6 3h9l3 3v15H6z" strokeLinejoin="round" />
            <path d="M9 12l2 2 4-4" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          <span className="max-[359px]:sr-only">{t('productName')}</span>
        </Link>
        <nav aria-label={t('primaryNav')} className="flex items-center gap-2 text-sm sm:gap-4">
          <Link href="/" className="hidden text-ink-soft hover:text-ink sm:inline">
            {t('agreements')}
          </Link>
          <SearchLauncher locale={locale} />
          <LocaleSwitcher
            label={tLocale('label')}
            current={locale}
            options={routing.locales.map((value) => ({ value, label: tLocale(value) }))}
          />
          {/* Which of the two shows comes from the browser (lib/auth/signed-in-cookie.ts), so the page stays shareable. */}
          <AccountLink href="/account" label={t('account')} className="signed-in-label" />
          <AccountLink href="/signin" label={t('signIn')} className="signed-out-label" />
          <SignedInSync />
          <ThemeToggle toDark={t('themeToDark')} toLight={t('themeToLight')} />
        </nav>
      </div>
    </header>
  );
}

function AccountLink({ href, label, className }: { href: string; label: string; className: string }) {
  return (
    <Link href={href} className={`${className} inline-flex items-center text-ink-soft hover:text-ink`}>
      <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5 sm:hidden" fill="none" stroke="currentColor" strokeWidth="1.6">
        <circle cx="10" cy="7" r="3.5" />
        <path d="M3.5 17c1.2-3 3.6-4.5 6.5-4.5s5.3 1.5 6.5 4.5" strokeLinecap="round" />
      </svg>
      <span className="sr-only sm:not-sr-only">{label}</span>
    </Link>
  );
}
