import { findCitations, type CitedSource } from '../content-model/citations.ts';

/** A link to one cited source in the page's numbered source list. */
export interface CitationLink {
  href: string;
  /** What the reader sees: «s. 16», or «2: s. 8» where the page has several sources. */
  label: string;
  /** The link's accessible name; it starts with the visible label's words, as WCAG 2.5.3 asks. */
  ariaLabel: string;
}

/** A text split into plain runs and citations, ready to render with links. */
export type CitedSegment = { text: string } | { links: CitationLink[] };

function link(source: CitedSource, sourceCount: number): CitationLink {
  const pages = source.sider ? `s. ${source.sider}` : '';
  const label = sourceCount > 1 || !pages ? [`${source.kilde}`, pages].filter(Boolean).join(': ') : pages;
  const ariaLabel = label === pages ? `Kilde ${source.kilde}, ${pages}` : `Kilde ${label}`;
  return { href: `#kilde-${source.kilde}`, label, ariaLabel };
}

/** Splits `text` at its citations; `sourceCount` decides whether the source number is shown. */
export function citedSegments(text: string, sourceCount: number): CitedSegment[] {
  const segments: CitedSegment[] = [];
  let at = 0;
  for (const citation of findCitations(text)) {
    const before = text.slice(at, citation.start).replace(/\s+$/, '');
    if (before) segments.push({ text: before });
    segments.push({ links: citation.sources.map((s) => link(s, sourceCount)) });
    at = citation.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}
