/** The desktop "On this page" column; the skip link to the outline targets it on wide screens. */
export const OUTLINE_ID = 'outline';
/** The contents menu above the text on narrower screens; the skip link targets it there. */
export const OUTLINE_MENU_ID = 'outline-menu';
