import type { ReactNode } from 'react';

/** A page that only says something: a 404, a 403. The way out goes in `children`. */
export function MessagePage({ title, description, children }: { title: string; description: string; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-xl px-6 py-24">
      <h1 className="text-2xl font-semibold text-ink">{title}</h1>
      <p className="mt-4 text-ink-soft">{description}</p>
      <p className="mt-6">{children}</p>
    </div>
  );
}
