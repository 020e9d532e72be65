import type { OutlineItem } from '@/lib/content/outline';

type Props = { items: OutlineItem[]; language: string; activeAnchor?: string | null };

/** The "On this page" links (styled by `outline-link` in globals.css). The entry being read is marked with aria-current="location". */
export function OutlineList({ items, language, activeAnchor = null }: Props) {
  return (
    <ol lang={language} className="space-y-1 border-l border-line">
      {items.map((item) => {
        const active = item.anchor === activeAnchor;
        return (
          <li key={item.anchor}>
            <a href={`#${item.anchor}`} aria-current={active ? 'location' : undefined} className={item.depth === 1 ? 'outline-link pl-6' : 'outline-link'}>
              {item.label}
            </a>
          </li>
        );
      })}
    </ol>
  );
}
