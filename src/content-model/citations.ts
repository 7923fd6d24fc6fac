/**
 * The citation syntax of TRUST-MODEL.md: `[1, s. 16]`, `[2, s. 8–9]`, `[1, s. 4, 16]`, `[1, s. 4; 2, s. 8]`, right
 * after the claim. The number is the source's 1-based position in the entry's `kilder`. One module parses it for
 * the rules, the page and the plain-text outputs.
 */

/** One source cited, with the pages as written ("8–9", "4, 16"); no pages for a source without page numbers. */
export interface CitedSource {
  /** 1-based position in `kilder`. */
  kilde: number;
  /** The pages as written after «s.». Default: none. */
  sider?: string;
}

/** A citation found in a text, with where it starts and ends. */
export interface Citation {
  start: number;
  end: number;
  /** The text as written, brackets included. */
  raw: string;
  sources: CitedSource[];
}

const PAGES = String.raw`\d+(?:\s*[-–]\s*\d+)?(?:\s*,\s*\d+(?:\s*[-–]\s*\d+)?)*`;
const PART = String.raw`\d+(?:\s*,\s*s\.\s*${PAGES})?`;
const CITATION = new RegExp(String.raw`\[\s*${PART}(?:\s*;\s*${PART})*\s*\]`, 'g');
const PART_GROUPS = new RegExp(String.raw`^(\d+)(?:\s*,\s*s\.\s*(${PAGES}))?$`);
/** Brackets that open like a citation (a number, then a comma or semicolon) but do not follow the syntax. */
const LOOKS_LIKE = /\[\s*\d+\s*[,;:][^\]\n]*\]/g;

/** Every citation in `text`, in order. */
export function findCitations(text: string): Citation[] {
  return [...text.matchAll(CITATION)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    raw: match[0],
    sources: match[0]
      .slice(1, -1)
      .split(';')
      .map((part) => {
        const groups = PART_GROUPS.exec(part.trim());
        const sider = groups?.[2]?.replace(/\s*[-–]\s*/g, '–').replace(/\s*,\s*/g, ', ');
        return { kilde: Number(groups?.[1]), ...(sider ? { sider } : {}) };
      }),
  }));
}

/** Bracketed text that starts like a citation but is written wrongly, such as `[1, side 16]` or `[1 s. 16]`. */
export function malformedCitations(text: string): string[] {
  const valid = new Set(findCitations(text).map((c) => c.start));
  return [...text.matchAll(LOOKS_LIKE)].filter((m) => !valid.has(m.index)).map((m) => m[0]);
}

/** The text with every citation removed, and the space before it. */
export function stripCitations(text: string): string {
  return text.replace(new RegExp(String.raw`\s*${CITATION.source}`, 'g'), '');
}

/** One cited source as a reader sees it: «s. 16», or «kilde 2» for a source without page numbers. */
export function citedSourceLabel(source: CitedSource): string {
  return source.sider ? `s. ${source.sider}` : `kilde ${source.kilde}`;
}

/** The text with each citation written «(s. 16)», for outputs without links (open data). */
export function citationsAsText(text: string): string {
  return text.replace(CITATION, (raw) => {
    const [citation] = findCitations(raw);
    return `(${(citation?.sources ?? []).map(citedSourceLabel).join('; ')})`;
  });
}
