import type { ReactNode } from 'react';

/**
 * A calm boxed message: a confirmation (`status`, announced when it appears) or a page's standing
 * explanation. A refusal that must take focus is FormProblem.
 */
export function Notice({ children, status = false, className = '' }: { children: ReactNode; status?: boolean; className?: string }) {
  return (
    <p role={status ? 'status' : undefined} className={`rounded-lg border-2 border-line bg-panel p-4 text-ink ${className}`}>
      {children}
    </p>
  );
}
