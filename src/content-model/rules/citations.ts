import type { List, ListItem, Node, Paragraph, Root, Table, TableRow } from 'mdast';
import { findCitations, malformedCitations } from '../citations.ts';
import type { RuleProblem } from './status.ts';

/** A problem in a body, with its line in the file. */
export interface LineProblem {
  line: number;
  message: string;
}

/** The front-matter strings of a case that state facts and so must cite them (TRUST-MODEL.md). */
const CITED_FIELDS = ['sammendrag', 'resultater', 'trinn.hva', 'suksessfaktorer.formulering'] as const;

/** Words that end in a full stop without ending a sentence. */
const ABBREVIATIONS = new Set(
  [
    'bl.a',
    'f.eks',
    'ca',
    'nr',
    'kr',
    'mv',
    'm.fl',
    'm.m',
    'jf',
    's',
    'pkt',
    'ev',
    'evt',
    'inkl',
    'osv',
    'dvs',
    'mill',
    'mrd',
    'mnd',
    'kl',
    'kap',
    'prop',
    'st.meld',
    'meld',
    'tlf',
    'o.l',
    'iht',
    'vedr',
    'ref',
    'dr',
    'pst',
    'stk',
    'ifm',
    'vs',
    'innst',
    'ot.prp',
  ].map((a) => a.toLowerCase()),
);

/** Law paragraph numbers («§ 15», «§§ 3-7 og 15») carry digits that are not claims. */
const LAW_NUMBER = /§§?\s*\d+[a-z]?(?:-\d+[a-z]?)?(?:(?:\s*,\s*|\s+og\s+|\s*[-–]\s*)\d+[a-z]?(?:-\d+[a-z]?)?)*/g;

/** The text with citations and law numbers blanked out, same length, so offsets still match the original. */
function mask(text: string): { masked: string; cited: boolean[] } {
  let masked = text.replace(LAW_NUMBER, (m) => '§'.repeat(m.length));
  const cited = new Array<boolean>(text.length).fill(false);
  for (const c of findCitations(text)) {
    masked = masked.slice(0, c.start) + '¤'.repeat(c.end - c.start) + masked.slice(c.end);
    for (let i = c.start; i < c.end; i++) cited[i] = true;
  }
  return { masked, cited };
}

/** Splits a text into sentences, with each sentence's offset; abbreviations such as «bl.a.» and «s.» do not end one. */
export function sentences(text: string): { text: string; offset: number }[] {
  const { masked } = mask(text);
  const out: { text: string; offset: number }[] = [];
  let start = 0;
  for (const match of masked.matchAll(/[.!?]+[»”")]*(?:\s*¤+)?\s+(?=[A-ZÆØÅ«"(\d])/g)) {
    const before = masked.slice(start, match.index);
    const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    if (ABBREVIATIONS.has(lastWord) || /^\p{L}$/u.test(lastWord)) continue;
    const end = match.index + match[0].length;
    out.push({ text: text.slice(start, end).trimEnd(), offset: start });
    start = end;
  }
  if (start < text.length && text.slice(start).trim()) out.push({ text: text.slice(start).trimEnd(), offset: start });
  return out;
}

/** Whether a unit of text (a sentence, an item, a string) states a figure without a citation. */
export function isUncited(unit: string): boolean {
  const { masked } = mask(unit);
  // A citation written wrongly is reported as such, not again as a missing one.
  return /\d/.test(masked) && findCitations(unit).length === 0 && malformedCitations(unit).length === 0;
}

/** Everything wrong with the citations in one text: numbers beyond the source list, and brackets written wrongly. */
export function citationErrors(text: string, sourceCount: number): string[] {
  const errors: string[] = [];
  for (const citation of findCitations(text)) {
    for (const { kilde } of citation.sources) {
      if (kilde < 1 || kilde > sourceCount) {
        errors.push(
          `Kildehenvisningen ${citation.raw} viser til kilde ${kilde}, men listen kilder har ${sourceCount === 1 ? 'bare én kilde' : `${sourceCount} kilder`}. Tallet er kildens plass i listen, fra 1.`,
        );
      }
    }
  }
  for (const raw of malformedCitations(text)) {
    errors.push(
      `«${raw}» ser ut som en kildehenvisning, men er skrevet feil. Skriv [1, s. 16], [1, s. 8–9] eller [1, s. 4; 2, s. 8].`,
    );
  }
  return errors;
}

function excerpt(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > 70 ? `${clean.slice(0, 67)}…` : clean;
}

const uncitedMessage = (unit: string, what: string) =>
  `${what} «${excerpt(unit)}» har tall, men ingen kildehenvisning. Skriv kilde og side rett etter påstanden, for eksempel [1, s. 16], eller fjern tallet.`;

/** The values of the cited fields, with their paths. */
function citedStrings(data: Record<string, unknown>): { path: (string | number)[]; text: string }[] {
  const out: { path: (string | number)[]; text: string }[] = [];
  for (const field of CITED_FIELDS) {
    const [top, sub] = field.split('.') as [string, string | undefined];
    const value = data[top];
    if (typeof value === 'string') out.push({ path: [top], text: value });
    if (!Array.isArray(value)) continue;
    value.forEach((item, index) => {
      const text = sub ? (item as Record<string, unknown> | null)?.[sub] : item;
      if (typeof text === 'string') out.push({ path: sub ? [top, index, sub] : [top, index], text });
    });
  }
  return out;
}

/**
 * The front-matter rules of a case: every cited field that states a number carries a citation, and every citation
 * points at a source in `kilder`. `checkNumbers` is false for texts that need no citations of their own.
 */
export function frontMatterCitationProblems(data: Record<string, unknown>, checkNumbers = true): RuleProblem[] {
  const sourceCount = Array.isArray(data.kilder) ? data.kilder.length : 0;
  const problems: RuleProblem[] = [];
  for (const { path, text } of citedStrings(data)) {
    for (const message of citationErrors(text, sourceCount)) problems.push({ path, message });
    if (checkNumbers && isUncited(text)) problems.push({ path, message: uncitedMessage(text, 'Teksten') });
  }
  const kontakt = (data.kontakt as { kilde?: unknown } | undefined)?.kilde;
  if (typeof kontakt === 'string') {
    for (const message of citationErrors(kontakt, sourceCount)) problems.push({ path: ['kontakt', 'kilde'], message });
  }
  return problems;
}

/** The words a reader sees in a node: text and code, not MDX expressions or raw HTML (other rules refuse those). */
function visibleText(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return (node as unknown as { value: string }).value;
  if (node.type.startsWith('mdx') && !node.type.startsWith('mdxJsx')) return '';
  const name = (node as { name?: string }).name;
  if (name === 'script' || name === 'style') return '';
  const children = (node as { children?: Node[] }).children;
  return children ? children.map(visibleText).join('') : '';
}

/** The text of a list item without its nested lists, which are items of their own. */
function itemText(item: ListItem): string {
  return item.children
    .filter((child) => child.type !== 'list')
    .map((child) => visibleText(child))
    .join('\n');
}

/**
 * The body rules: in a case (`checkNumbers`), every sentence of a paragraph, every list item and every table row
 * that states a number carries a citation; in any body, every citation points at a source in `kilder`.
 */
export function bodyCitationProblems(tree: Root, sourceCount: number, checkNumbers: boolean): LineProblem[] {
  const problems: LineProblem[] = [];
  const check = (node: Node, text: string, what: 'Setningen' | 'Punktet' | 'Raden', split: boolean) => {
    const line = node.position?.start.line ?? 1;
    for (const message of citationErrors(text, sourceCount)) problems.push({ line, message });
    if (!checkNumbers) return;
    const units = split ? sentences(text) : [{ text, offset: 0 }];
    for (const unit of units) {
      if (!isUncited(unit.text)) continue;
      const unitLine = line + (text.slice(0, unit.offset).match(/\n/g)?.length ?? 0);
      problems.push({ line: unitLine, message: uncitedMessage(unit.text, what) });
    }
  };
  const walk = (node: Node, inItem: boolean) => {
    if (node.type === 'heading' || node.type === 'yaml' || node.type === 'code') return;
    if (node.type === 'listItem') {
      check(node, itemText(node as ListItem), 'Punktet', false);
      for (const child of (node as ListItem).children) if (child.type === 'list') walk(child, true);
      return;
    }
    if (node.type === 'tableRow') {
      check(node, (node as TableRow).children.map((cell) => visibleText(cell)).join(' | '), 'Raden', false);
      return;
    }
    if (node.type === 'paragraph' && !inItem) {
      check(node, visibleText(node as Paragraph), 'Setningen', true);
      return;
    }
    const children = (node as Root | List | Table).children as Node[] | undefined;
    for (const child of children ?? []) walk(child, inItem);
  };
  walk(tree, false);
  return problems.sort((a, b) => a.line - b.line);
}
