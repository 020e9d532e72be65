/**
 * The per-clause link control: an ordinary link to the anchor, which ClauseLinkCopier upgrades to
 * "copy the URL". One empty element with one label: a page has dozens, so its look (icon included)
 * is the `copy-link` class in globals.css, not markup repeated in every clause.
 */
export function CopyLinkControl({ anchor, label }: { anchor: string; label: string }) {
  return <a href={`#${anchor}`} aria-label={label} className="copy-link" />;
}
