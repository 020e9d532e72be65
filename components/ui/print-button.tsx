'use client';

/** Opens the browser's print dialog, where the page can also be saved as a PDF. Hidden when printed. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="rounded-lg border border-line px-4 py-2 font-medium text-ink-soft hover:bg-panel hover:text-ink print:hidden">
      {label}
    </button>
  );
}
