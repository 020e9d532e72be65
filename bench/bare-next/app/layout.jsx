// The bench's baseline: a bare Next.js app (no i18n, styles or client components of its own), built
// with the same next and react as Accord, serving a prerendered page the size of the agreement page.
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
