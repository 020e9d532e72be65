import { OUTLINE_ID, OUTLINE_MENU_ID } from '@/components/agreement/outline-ids';

const SKIP_LINK = 'sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-canvas focus:px-3 focus:py-2 focus:shadow';

/**
 * The first tab stops of every page: to the page's content and, on a page with an outline, straight
 * to "On this page" (the column on wide screens, the contents menu on narrower ones). The outline links
 * exist only where the page has an outline (`skip-to-outline` in globals.css), so no script is needed.
 */
export function SkipLinks({ content, outline }: { content: string; outline: string }) {
  return (
    <>
      <a href="#main" className={SKIP_LINK}>
        {content}
      </a>
      <a href={`#${OUTLINE_ID}`} className={`skip-to-outline max-xl:hidden ${SKIP_LINK}`}>
        {outline}
      </a>
      <a href={`#${OUTLINE_MENU_ID}`} className={`skip-to-outline xl:hidden ${SKIP_LINK}`}>
        {outline}
      </a>
    </>
  );
}
