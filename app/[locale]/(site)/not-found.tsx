import { useTranslations } from 'next-intl';
import { MessagePage } from '@/components/ui/message-page';
import { Link } from '@/components/ui/link';

export default function NotFound() {
  const t = useTranslations('NotFound');
  return (
    <MessagePage title={t('title')} description={t('description')}>
      <Link className="font-medium text-accent underline underline-offset-4" href="/">
        {t('back')}
      </Link>
    </MessagePage>
  );
}
