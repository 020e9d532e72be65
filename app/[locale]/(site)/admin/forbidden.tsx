import type { Metadata } from 'next';
import { useTranslations } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { MessagePage } from '@/components/ui/message-page';
import { Link } from '@/components/ui/link';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Admin');
  return { title: t('forbiddenTitle') };
}

/** What anyone but an administrator gets from the console: a 403 and nothing of its contents. */
export default function AdminForbidden() {
  const t = useTranslations('Admin');
  return (
    <MessagePage title={t('forbiddenTitle')} description={t('forbiddenDescription')}>
      <Link className="font-medium text-accent underline underline-offset-4" href="/">
        {t('forbiddenBack')}
      </Link>
    </MessagePage>
  );
}
