/** localStorage key holding an explicit theme choice ("light" or "dark"); absent means "follow the system". */
export const THEME_STORAGE_KEY = 'accord-theme';

/**
 * Runs in <head> before the first paint, so a reader who chose a theme never sees the other one flash.
 * Kept as a string because it must be inline; its hash goes into the Content-Security-Policy.
 */
export const THEME_SCRIPT = `try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;
