import paragraphs from './paragraphs.json';

// paragraphs.json is written by the bench before it builds this app: the agreement's own text,
// repeated until the page is about as large as Accord's agreement page.
export default function Page() {
  return (
    <main>
      {paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </main>
  );
}
