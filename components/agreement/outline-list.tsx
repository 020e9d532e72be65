import type { OutlineItem } from '@/lib/content/outline';

type Props = { items: OutlineItem[]; language: string; activeAnchor?: string | null };

/** The "On this page" links. The entry being read is marked with aria-current="location". */
export function OutlineList({ items, language, activeAnchor = null }: Props) {
  return (
    <ol lang={language} className="space-y-1 border-l border-line">
      {items.map((item) => {
        const active = item.anchor === activeAnchor;
        return (
          <li key={item.anchor}>
            <a
              href={`#${item.anchor}`}
              aria-current={active ? 'location' : undefined}
              className={`-ml-px block border-l-2 py-1 pr-2 ${item.depth === 1 ? 'pl-6' : 'pl-3'} ${
                active ? 'border-accent font-medium text-accent' : 'border-transparent text-muted hover:border-muted hover:text-ink'
              }`}
            >
              {item.label}
            </a>
          </li>
        );
      })}
    </ol>
  );
}
