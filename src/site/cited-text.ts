import type { Element, ElementContent } from 'hast';
import { findCitations, type CitedSource } from '../content-model/citations.ts';

/** A link to one cited source in the page's numbered source list. */
export interface CitationLink {
  href: string;
  /** What the reader sees: «s. 16», «2: s. 8» where the page has several sources, «kilde 2» without pages. */
  label: string;
  /** The link's accessible name; it starts with the visible label's words, as WCAG 2.5.3 asks. */
  ariaLabel: string;
}

/** A text split into plain runs and citations, ready to render with links. */
export type CitedSegment = { text: string } | { links: CitationLink[] };

function link(source: CitedSource, sourceCount: number): CitationLink {
  const href = `#kilde-${source.kilde}`;
  // A web page has no page numbers: «kilde 2», never a bare number that could be read as part of a figure.
  if (!source.sider) return { href, label: `kilde ${source.kilde}`, ariaLabel: `Kilde ${source.kilde}` };
  const pages = `s. ${source.sider}`;
  if (sourceCount > 1)
    return { href, label: `${source.kilde}: ${pages}`, ariaLabel: `Kilde ${source.kilde}: ${pages}` };
  return { href, label: pages, ariaLabel: `Kilde ${source.kilde}, ${pages}` };
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

/**
 * A citation as every page shows it, in a body (remark-citations.ts) or a front-matter text (CitedText.astro): a
 * superscript of links. Search leaves it out: Pagefind joins inline elements without a space, so «plan[s. 7]» would
 * be indexed and shown in excerpts as «plans. 7».
 */
export function citationElement(links: readonly CitationLink[]): Element {
  const children = links.flatMap((l, i): ElementContent[] => [
    ...(i > 0 ? [{ type: 'text', value: '; ' } as const] : []),
    {
      type: 'element',
      tagName: 'a',
      properties: { className: ['ds-link'], href: l.href, ariaLabel: l.ariaLabel },
      children: [{ type: 'text', value: l.label }],
    },
  ]);
  return {
    type: 'element',
    tagName: 'sup',
    properties: { className: ['bp-cite'], dataPagefindIgnore: true },
    children,
  };
}
