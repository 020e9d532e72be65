import { useTranslations } from 'next-intl';
import { Link } from '@/components/ui/link';

const PAGES = [
  { href: '/admin', key: 'navRecords' },
  { href: '/admin/stats', key: 'navStats' },
  { href: '/admin/verify', key: 'navVerify' },
  { href: '/admin/audit', key: 'navAudit' },
] as const;

/** The console's sections; the current one is marked for assistive technology too. */
export function AdminNav({ current }: { current: (typeof PAGES)[number]['href'] }) {
  const t = useTranslations('Admin');
  return (
    <nav aria-label={t('navLabel')} className="mt-4 flex flex-wrap gap-2 border-b border-line pb-3">
      {PAGES.map((page) => (
        <Link
          key={page.href}
          href={page.href}
          aria-current={page.href === current ? 'page' : undefined}
          className={`rounded-md px-3 py-1.5 text-sm font-medium ${page.href === current ? 'bg-accent text-on-accent' : 'text-accent hover:bg-panel'}`}
        >
          {t(page.key)}
        </Link>
      ))}
    </nav>
  );
}

/** The heading every console page starts with. */
export function AdminHeader({ title, current }: { title: string; current: (typeof PAGES)[number]['href'] }) {
  const t = useTranslations('Admin');
  return (
    <header>
      <p className="text-sm font-medium uppercase tracking-wide text-muted">{t('console')}</p>
      <h1 className="mt-1 text-3xl font-semibold tracking-tight text-ink">{title}</h1>
      <AdminNav current={current} />
    </header>
  );
}
