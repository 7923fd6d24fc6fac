import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { COLLECTION_NAMES, COLLECTION_SOURCES } from '../../content-model/collections.ts';
import type { CollectionName } from '../../content-model/schemas/reference.ts';
import type { Problem } from './problem.ts';

/** One entry as written on disk, before validation, with what is needed to point at its lines. */
export interface SourceEntry {
  collection: CollectionName;
  id: string;
  /** Path from the project root. */
  file: string;
  /** The raw front matter (MDX) or list item (data), as plain data. */
  data: unknown;
  /** The line of a field, or of the nearest enclosing field that exists. */
  lineOf: (path: readonly PropertyKey[]) => number;
  /** The whole file text, for MDX entries. */
  source?: string;
}

export interface ContentSnapshot {
  entries: SourceEntry[];
  problems: Problem[];
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/;

// One YAML mistake tends to cause a cascade of follow-on errors; the first is the one to fix.
function yamlProblems(doc: Document, file: string, lineOffset: number): Problem[] {
  const [first] = doc.errors;
  if (!first) return [];
  const detail = (first.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
  return [
    {
      file,
      line: (first.linePos?.[0]?.line ?? 1) + lineOffset,
      field: 'yaml',
      message: `Ugyldig YAML (${detail}). Sjekk innrykk, kolon og anførselstegn på linjen.`,
    },
  ];
}

function lineFinder(doc: Document, counter: LineCounter, prefix: readonly PropertyKey[], lineOffset: number) {
  return (path: readonly PropertyKey[]): number => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn([...prefix, ...path.slice(0, depth)], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return counter.linePos(node.range[0]).line + lineOffset;
    }
    return 1 + lineOffset;
  };
}

function readMdxCollection(root: string, collection: CollectionName, dir: string, snapshot: ContentSnapshot) {
  if (!existsSync(join(root, dir))) return;
  for (const name of readdirSync(join(root, dir)).sort()) {
    if (!name.endsWith('.mdx')) continue;
    const file = `${dir}/${name}`;
    const source = readFileSync(join(root, file), 'utf8');
    const id = name.slice(0, -'.mdx'.length);
    const match = FRONT_MATTER.exec(source);
    if (!match) {
      snapshot.problems.push({
        file,
        line: 1,
        field: 'front matter',
        message: 'Filen mangler front matter. Første linje skal være --- og feltene skal avsluttes med en ny linje ---.',
      });
      continue;
    }
    const counter = new LineCounter();
    const doc = parseDocument(match[1] ?? '', { lineCounter: counter, uniqueKeys: true });
    // The front matter starts on line 2, after the opening ---.
    snapshot.problems.push(...yamlProblems(doc, file, 1));
    if (doc.errors.length > 0) continue;
    snapshot.entries.push({ collection, id, file, data: doc.toJS() ?? {}, lineOf: lineFinder(doc, counter, [], 1), source });
  }
}

function readDataCollection(root: string, collection: CollectionName, file: string, snapshot: ContentSnapshot) {
  if (!existsSync(join(root, file))) {
    snapshot.problems.push({ file, line: 1, field: 'fil', message: 'Filen finnes ikke. Opprett den som en YAML-liste.' });
    return;
  }
  const counter = new LineCounter();
  const doc = parseDocument(readFileSync(join(root, file), 'utf8'), { lineCounter: counter, uniqueKeys: true });
  snapshot.problems.push(...yamlProblems(doc, file, 0));
  if (doc.errors.length > 0) return;
  if (!isSeq(doc.contents)) {
    snapshot.problems.push({ file, line: 1, field: 'fil', message: 'Filen må være en YAML-liste der hvert punkt begynner med «- id: …».' });
    return;
  }
  doc.contents.items.forEach((item, index) => {
    const lineOf = lineFinder(doc, counter, [index], 0);
    const data = isMap(item) ? (item.toJSON() as Record<string, unknown>) : item;
    const id = isMap(item) ? item.get('id') : undefined;
    if (typeof id !== 'string' || id === '') {
      snapshot.problems.push({ file, line: lineOf([]), field: 'id', message: 'Hvert punkt må ha en id, for eksempel «- id: bodo».' });
      return;
    }
    const { id: _id, ...rest } = data as Record<string, unknown>;
    snapshot.entries.push({ collection, id, file, data: rest, lineOf });
  });
}

/** Reads every collection from disk as Astro's loaders would, keeping line information for reports. */
export function readContent(root: string): ContentSnapshot {
  const snapshot: ContentSnapshot = { entries: [], problems: [] };
  for (const collection of COLLECTION_NAMES) {
    const source = COLLECTION_SOURCES[collection];
    if (source.kind === 'mdx') readMdxCollection(root, collection, source.path, snapshot);
    else readDataCollection(root, collection, source.path, snapshot);
  }
  return snapshot;
}
