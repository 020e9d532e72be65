import { ActionForm, type FormAction } from '@/components/ui/action-form';

type Props = { action: FormAction; locale: string; label: string; look: 'button' | 'link' };

/** Signing out is a POST (a server action), never a link a crawler or prefetch could follow. */
export function SignOutButton({ action, locale, label, look }: Props) {
  const style =
    look === 'button'
      ? 'rounded-lg border border-line px-4 py-2 font-medium text-ink-soft hover:bg-panel hover:text-ink'
      : 'text-sm font-medium text-ink-soft underline underline-offset-4 hover:text-ink';
  return (
    <ActionForm action={action}>
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className={style}>
        {label}
      </button>
    </ActionForm>
  );
}
