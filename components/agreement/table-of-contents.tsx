'use client';

import { useEffect, useState } from 'react';
import type { OutlineItem } from '@/lib/content/outline';
import { OUTLINE_ID } from './outline-ids';
import { OutlineList } from './outline-list';

/** Below this distance from the top of the viewport a heading counts as "being read". */
const READING_LINE_PX = 128;

/** Desktop "On this page" with scroll-spy: the section being read is highlighted. */
export function TableOfContents({ items, title, language }: { items: OutlineItem[]; title: string; language: string }) {
  const [active, setActive] = useState<string | null>(items[0]?.anchor ?? null);

  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      let current = items[0]?.anchor ?? null;
      // At the end of the page the last sections can never reach the reading line: the last heading
      // on screen is the one being read, unless the reader just went to one of those on screen.
      const atEnd = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
      const line = atEnd ? window.innerHeight : READING_LINE_PX;
      for (const item of items) {
        const element = document.getElementById(item.anchor);
        if (element && element.getBoundingClientRect().top <= line) current = item.anchor;
      }
      const target = decodeURIComponent(window.location.hash.slice(1));
      const targetTop = items.some((item) => item.anchor === target) ? document.getElementById(target)?.getBoundingClientRect().top : undefined;
      if (atEnd && targetTop !== undefined && targetTop >= 0 && targetTop < window.innerHeight) current = target;
      setActive(current);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('hashchange', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('hashchange', schedule);
      cancelAnimationFrame(frame);
    };
  }, [items]);

  return (
    <nav id={OUTLINE_ID} aria-labelledby="on-this-page" className="hidden text-sm xl:col-start-3 xl:row-start-1 xl:block print:hidden">
      <div className="sticky top-20 max-h-[calc(100vh-6rem)] overflow-y-auto">
        <h2 id="on-this-page" className="mb-3 font-semibold text-ink">
          {title}
        </h2>
        <OutlineList items={items} language={language} activeAnchor={active} />
      </div>
    </nav>
  );
}
