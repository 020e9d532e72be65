import type { Metadata } from 'next';
import { useTranslations } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { MessagePage } from '@/components/ui/message-page';
import { Link } from '@/components/ui/link';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('NotFound');
  return { title: t('title') };
}

export default function NotFound() {
  const t = useTranslations('NotFound');
  const tMetadata = useTranslations('Metadata');
  // The metadata names the tab in the HTML; after hydration Next.js puts back the layout's default
  // title for a path no route matched, and React's own <title> keeps the right one.
  return (
    <MessagePage title={t('title')} description={t('description')}>
      <title>{`${t('title')} · ${tMetadata('siteName')}`}</title>
      <Link className="font-medium text-accent underline underline-offset-4" href="/">
        {t('back')}
      </Link>
    </MessagePage>
  );
}
