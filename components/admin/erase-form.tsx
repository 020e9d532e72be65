import { useTranslations } from 'next-intl';
import { ActionForm, type FormAction } from '@/components/ui/action-form';

type Props = { action: FormAction; locale: string; seq: number; unconfirmed: boolean };

/** Erasing is deliberate: the operator ticks a box that says what happens, then confirms. */
export function EraseForm({ action, locale, seq, unconfirmed }: Props) {
  const t = useTranslations('Admin');
  return (
    <section aria-labelledby="erase" className="mt-10 rounded-lg border-2 border-red-700 p-4 dark:border-red-400">
      <h2 id="erase" className="text-lg font-semibold text-ink">{t('eraseTitle')}</h2>
      <p className="mt-2 text-sm text-ink-soft">{t('eraseExplanation')}</p>
      <ActionForm action={action} className="mt-4 space-y-3">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="seq" value={seq} />
        <div className="flex items-start gap-3">
          <input id="erase-confirm" type="checkbox" name="confirm" value="yes" aria-invalid={unconfirmed || undefined} aria-describedby={unconfirmed ? 'erase-error' : undefined} className="mt-1 h-5 w-5 shrink-0" />
          <label htmlFor="erase-confirm" className="text-sm text-ink">
            {t('eraseConfirm')}
          </label>
        </div>
        {unconfirmed && (
          <p id="erase-error" role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
            {t('eraseUnconfirmed')}
          </p>
        )}
        <button type="submit" className="rounded-lg bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800">
          {t('eraseSubmit')}
        </button>
      </ActionForm>
    </section>
  );
}
