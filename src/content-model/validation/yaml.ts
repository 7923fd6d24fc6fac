import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type YAMLError } from 'yaml';
import type { Problem } from './problem.ts';

/**
 * Content YAML is plain data: no aliases worth the name, no tags. Aliases are capped well below yaml's default so an
 * alias bomb stops at once; any explicit tag (`!!js/function`, `!!binary`, …) is refused, because Astro's own YAML
 * parser gives some of them meaning.
 */
const MAX_ALIASES = 20;

/** A parsed YAML document, its plain data and the line of any path in it (in the file's numbering). */
export interface ParsedYaml {
  doc: Document;
  data: unknown;
  lineOf: (path: readonly PropertyKey[]) => number;
}

type Located = Omit<Problem, 'file'>;

/** yaml's error codes, in plain Norwegian with the fix. */
function explain(error: YAMLError): string {
  const detail = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return 'Ugyldig YAML: linjen har tabulator i innrykket. Bruk mellomrom, ikke tabulator.';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'Ugyldig YAML: teksten har et kolon (:) som leses som et nytt felt. Sett teksten i anførselstegn, for eksempel tittel: "Oslo: et eksempel".';
    case 'DUPLICATE_KEY':
      return 'Ugyldig YAML: feltet står to ganger. Fjern det ene.';
    case 'MISSING_CHAR':
      return 'Ugyldig YAML: et anførselstegn eller en parentes er ikke lukket. Lukk den på samme linje.';
    case 'BAD_INDENT':
    case 'BAD_DIRECTIVE':
    case 'UNEXPECTED_TOKEN':
      return `Ugyldig YAML (${detail}). Sjekk innrykket: felt på samme nivå skal starte i samme kolonne, med mellomrom.`;
    default:
      return `Ugyldig YAML (${detail}). Sjekk innrykk, kolon og anførselstegn på linjen.`;
  }
}

function walk(node: unknown, path: PropertyKey[], visit: (node: Node, path: PropertyKey[]) => void) {
  if (!node || typeof node !== 'object') return;
  visit(node as Node, path);
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (pair.key && typeof pair.key === 'object') visit(pair.key as Node, [...path, key]);
      walk(pair.value, [...path, key], visit);
    }
  } else if (isSeq(node)) {
    for (const [index, item] of node.items.entries()) walk(item, [...path, index], visit);
  }
}

/** Every string value in a document, with its path and line. */
export function stringValues(
  parsed: ParsedYaml,
  prefix: readonly PropertyKey[] = [],
): { path: PropertyKey[]; value: string; line: number }[] {
  const found: { path: PropertyKey[]; value: string; line: number }[] = [];
  const start = prefix.length ? parsed.doc.getIn(prefix, true) : parsed.doc.contents;
  walk(start, [], (node, path) => {
    if (isScalar(node) && typeof node.value === 'string')
      found.push({ path, value: node.value, line: parsed.lineOf([...prefix, ...path]) });
  });
  return found;
}

/**
 * Parses YAML the one way content is parsed: unique keys, a low alias cap, no tags, and the first error in plain
 * Norwegian. `lineOffset` is the number of file lines before the YAML text's first line.
 */
export function parseYaml(text: string, lineOffset: number): { parsed?: ParsedYaml; problems: Located[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: true });
  const line = (offset: number | undefined) => counter.linePos(offset ?? 0).line + lineOffset;
  // One YAML mistake tends to cause a cascade of follow-on errors; the first is the one to fix.
  const [first] = doc.errors;
  if (first)
    return { problems: [{ line: line(first.pos[0]), field: 'yaml', code: 'yaml-syntax', message: explain(first) }] };

  const problems: Located[] = [];
  // yaml sets a node's tag only when the text wrote one.
  walk(doc.contents, [], (node) => {
    if (!node.tag || problems.length > 0) return;
    const written = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
    problems.push({
      line: line(node.range?.[0]),
      field: 'yaml',
      code: 'yaml-tag',
      message: `Ugyldig YAML: taggen ${written} er ikke tillatt i innholdsfiler. Fjern den og skriv verdien som vanlig tekst.`,
    });
  });
  if (problems.length > 0) return { problems };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch {
    return {
      problems: [
        {
          line: 1 + lineOffset,
          field: 'yaml',
          code: 'yaml-aliases',
          message: `Ugyldig YAML: filen bruker aliaser (*navn) for mange ganger (høyst ${MAX_ALIASES}). Skriv verdiene ut i stedet for å vise til dem med & og *.`,
        },
      ],
    };
  }
  const lineOf = (path: readonly PropertyKey[]): number => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return line(node.range[0]);
    }
    return 1 + lineOffset;
  };
  return { parsed: { doc, data, lineOf }, problems: [] };
}
