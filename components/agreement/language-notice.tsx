import { useLocale, useTranslations } from 'next-intl';

/** Said plainly when the agreement is shown in a language other than the reader's. */
export function LanguageNotice({ textLanguage }: { textLanguage: string }) {
  const locale = useLocale();
  const t = useTranslations('LanguageNotice');
  if (textLanguage === locale) return null;
  const language = new Intl.DisplayNames([locale], { type: 'language' }).of(textLanguage) ?? textLanguage;
  return (
    <p role="note" className="mb-6 rounded-lg border border-accent bg-accent-soft px-4 py-3 text-sm text-accent-strong">
      {t('onlyIn', { language })}
    </p>
  );
}
