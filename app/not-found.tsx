import { routing } from '@/i18n/routing';

// Reached only by paths outside every locale (the proxy prefixes all others), so it cannot use
// next-intl; it links back to the default locale in plain words.
export default function RootNotFound() {
  return (
    <html lang={routing.defaultLocale}>
      <body className="font-sans">
        <main className="mx-auto max-w-xl px-6 py-24">
          <h1 className="text-2xl font-semibold">Page not found</h1>
          <p className="mt-4 text-ink-soft">There is no page at this address.</p>
          <p className="mt-6">
            <a className="text-accent underline" href={`/${routing.defaultLocale}`}>
              Back to all agreements
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
