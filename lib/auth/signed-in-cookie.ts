/**
 * A cookie that says only "someone signed in in this browser", so that pages the caching proxy shares
 * between readers can still show "Account" rather than "Sign in" in their header: the browser reads it
 * (SIGNED_IN_SCRIPT before the first paint, SignedInSync after each navigation) and marks
 * <html data-signed-in>. It proves nothing and opens nothing (the session cookie does that) and names
 * no one. Set and cleared by lib/auth/signed-in-hint.ts.
 */
export const SIGNED_IN_COOKIE = 'accord_signed_in';

const PATTERN = `(?:^|; )${SIGNED_IN_COOKIE}=1(?:;|$)`;

/** Runs in <head> of every page (inline, with the page's nonce). */
export const SIGNED_IN_SCRIPT = `try{document.documentElement.toggleAttribute('data-signed-in',new RegExp(${JSON.stringify(PATTERN)}).test(document.cookie))}catch(e){}`;

/** The same, after a navigation without a page load (a sign-in or sign-out redirect). */
export function markSignedIn(): void {
  document.documentElement.toggleAttribute('data-signed-in', new RegExp(PATTERN).test(document.cookie));
}
