'use client';

import { usePathname } from 'next/navigation';
import { type ReactNode, useActionState } from 'react';

/** A server action a form posts to: it redirects or re-renders, and keeps no form state. */
export type FormAction = (state: null, formData: FormData) => Promise<null>;

/**
 * A form that posts to a server action, with or without JavaScript. React renders a bare server-action
 * form with `action=""`, which is not valid HTML; through useActionState the page's own path is the
 * form's action instead (where the browser posts before the scripts have loaded, or without them).
 */
export function ActionForm({ action, className, children }: { action: FormAction; className?: string; children: ReactNode }) {
  const [, formAction] = useActionState(action, null, usePathname());
  return (
    <form action={formAction} className={className}>
      {children}
    </form>
  );
}
