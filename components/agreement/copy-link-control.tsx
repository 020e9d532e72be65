/**
 * The per-clause link control: an ordinary link to the anchor, which ClauseLinkCopier upgrades to
 * "copy the URL". Visible on hover and keyboard focus (always, faintly, on touch screens).
 */
export function CopyLinkControl({ anchor, label }: { anchor: string; label: string }) {
  return (
    <a
      href={`#${anchor}`}
      data-copy-link
      aria-label={label}
      title={label}
      className="ml-1 inline-flex h-7 w-7 shrink-0 items-center justify-center rounded text-muted opacity-0 hover:bg-panel hover:text-accent focus-visible:opacity-100 group-hover:opacity-100 group-focus-within:opacity-100 print:hidden [@media(hover:none)]:opacity-60"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="1.8">
        <path d="M8.5 11.5a3 3 0 0 0 4.2 0l2.8-2.8a3 3 0 0 0-4.2-4.2l-.9.9" strokeLinecap="round" />
        <path d="M11.5 8.5a3 3 0 0 0-4.2 0l-2.8 2.8a3 3 0 0 0 4.2 4.2l.9-.9" strokeLinecap="round" />
      </svg>
    </a>
  );
}
