import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { extractFrontmatter } from 'astro/markdown';
import { isMap, isSeq } from 'yaml';
import { COLLECTION_NAMES, COLLECTION_SOURCES } from '../collections.ts';
import { isDraft } from '../drafts.ts';
import type { CollectionName } from '../schemas/reference.ts';
import { normalisedCharacters } from '../text.ts';
import { formatPath, type Problem } from './problem.ts';
import { parseYaml, stringValues, type ParsedYaml } from './yaml.ts';

/**
 * The one reader of content. Everything that reads a content file (sjekk, the build's gate, Astro's loaders, the
 * compile-time rules, ny-sak, the benchmark) reads it here, so no two of them can see different data.
 */

/** One entry as written on disk, before validation, with what is needed to point at its lines. */
export interface SourceEntry {
  collection: CollectionName;
  /** From the file name (MDX) or the `id` field (data); nothing else names an entry. */
  id: string;
  /** Path from the project root. */
  file: string;
  /** The raw front matter (MDX) or list item (data), as plain data. */
  data: unknown;
  /** Whether the parsed data says `utkast: true`: the one place drafts are decided. */
  draft: boolean;
  /** The line of a field, or of the nearest enclosing field that exists. */
  lineOf: (path: readonly PropertyKey[]) => number;
  /** The whole file text, for MDX entries. */
  source?: string;
  /** The MDX body exactly as @astrojs/mdx compiles it: the front matter blanked out, so lines stay the same. */
  body?: string;
}

export interface ContentSnapshot {
  entries: SourceEntry[];
  problems: Problem[];
}

/** Files under content/ that are not entries but are read by other tools. */
export const OTHER_CONTENT_FILES = [
  /** The spell-check word list (cspell). */
  'content/ordbok.txt',
  /** Search words spelt without æøå, allowed by the spell check in `sokeord` (cspell). */
  'content/ordbok-sokeord.txt',
] as const;

type Located = Omit<Problem, 'file'>;

/**
 * Where Astro ends the front matter, found with Astro's own function, so the two can never disagree. `body` is the
 * text as @astrojs/mdx compiles it; `after` is the file's text after the closing ---, as written.
 */
export function splitFrontMatter(
  source: string,
): { yaml: string; lineOffset: number; body: string; after: string } | { problem: Located } {
  const raw = extractFrontmatter(source);
  const missing = {
    line: 1,
    field: 'front matter',
    code: 'front-matter',
    message: 'Filen mangler front matter. Første linje skal være --- og feltene skal avsluttes med en ny linje ---.',
  };
  if (raw === undefined) return { problem: missing };
  const block = `---${raw}---`;
  const start = source.indexOf(block);
  if (start < 0) {
    return {
      problem: {
        ...missing,
        message: 'Front matter skal stå mellom to linjer med --- (ikke +++). Rett første og siste linje av feltene.',
      },
    };
  }
  const lineOffset = source.slice(0, start).split('\n').length - 1;
  if (!raw.startsWith('\n') && !raw.startsWith('\r\n')) {
    return {
      problem: {
        ...missing,
        line: lineOffset + 1,
        message: 'Første linje skal bare være ---. Flytt teksten etter --- til en egen linje.',
      },
    };
  }
  const end = start + block.length;
  const restOfLine = source.slice(end).split('\n')[0] ?? '';
  if (restOfLine.trim() !== '') {
    const line = lineOffset + raw.split('\n').length;
    return {
      problem: {
        line,
        field: 'front matter',
        code: 'front-matter',
        message: `Linjen «---${restOfLine.trimEnd()}» avslutter front matter fordi den begynner med ---. Front matter skal avsluttes med en linje som bare er ---; skriv feltet på en annen måte.`,
      },
    };
  }
  // The same replacement @astrojs/mdx makes ('empty-with-spaces'), so body lines and columns are the file's.
  const body = source.replace(block, `   ${raw.replace(/[^\r\n]/g, ' ')}   `);
  return { yaml: raw, lineOffset, body, after: source.slice(end) };
}

function noticesFor(parsed: ParsedYaml, file: string, prefix: readonly PropertyKey[] = []): Problem[] {
  return stringValues(parsed, prefix).flatMap(({ path, value, line }) =>
    normalisedCharacters(value).map((name) => ({
      file,
      line,
      field: formatPath(path),
      code: 'normalised-text',
      notice: true,
      message: `Teksten hadde ${name}, som er byttet ut med vanlig tegn på nettstedet. Rett det gjerne i filen også.`,
    })),
  );
}

function bodyNotices(body: string, file: string): Problem[] {
  return body.split('\n').flatMap((text, index) =>
    normalisedCharacters(text).map((name) => ({
      file,
      line: index + 1,
      field: 'innhold',
      code: 'normalised-text',
      notice: true,
      message: `Teksten hadde ${name}, som er byttet ut med vanlig tegn på nettstedet. Rett det gjerne i filen også.`,
    })),
  );
}

/**
 * The last reading of each MDX file, by absolute path and collection, kept while the file's text is unchanged. A
 * build reads every file several times (the content gate, the compile-time rules' list of pages, each file's own
 * rules), and parsing its front matter is most of that cost; a changed file is always read afresh.
 */
// On globalThis: Astro loads this module more than once in one build (the config's integrations and the content
// loaders each get their own copy), and without one shared map each copy would parse every file again.
type Readings = Map<string, { source: string; entry?: SourceEntry; problems: Problem[] }>;
const READINGS = Symbol.for('bopraksis.mdx-readings');
const shared = globalThis as typeof globalThis & { [READINGS]?: Readings };
shared[READINGS] ??= new Map();
const readings: Readings = shared[READINGS];

/** Reads one MDX entry file. `file` is the path from `root`. */
export function readMdxEntry(
  root: string,
  collection: CollectionName,
  file: string,
): { entry?: SourceEntry; problems: Problem[] } {
  if (!existsSync(join(root, file)) || !lstatSync(join(root, file)).isFile()) {
    return {
      problems: [
        stray(
          file,
          'Filen kan ikke leses: den er en snarvei (symbolsk lenke) eller ikke en vanlig fil. Legg selve filen her.',
        ),
      ],
    };
  }
  const source = readFileSync(join(root, file), 'utf8');
  const key = `${collection}\0${join(root, file)}\0${file}`;
  const last = readings.get(key);
  // Problems are copied: a caller may mark one (a draft's problem becomes a warning).
  if (last?.source === source)
    return { ...(last.entry ? { entry: last.entry } : {}), problems: last.problems.map((p) => ({ ...p })) };
  const result = parseMdxEntry(collection, file, source);
  readings.set(key, { source, ...result, problems: result.problems.map((p) => ({ ...p })) });
  return result;
}

function parseMdxEntry(
  collection: CollectionName,
  file: string,
  source: string,
): { entry?: SourceEntry; problems: Problem[] } {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const id = name.slice(0, -'.mdx'.length);
  const at = (p: Located): Problem => ({ file, ...p });
  const problems: Problem[] = [];
  if (source.startsWith('\uFEFF')) {
    problems.push(
      at({
        line: 1,
        field: 'fil',
        code: 'hidden-character',
        message: 'Filen begynner med et usynlig BOM-tegn (U+FEFF). Lagre filen som UTF-8 uten BOM.',
      }),
    );
  }
  const split = splitFrontMatter(source);
  if ('problem' in split) return { problems: [...problems, at(split.problem)] };
  const { parsed, problems: yamlProblems } = parseYaml(split.yaml, split.lineOffset);
  problems.push(...yamlProblems.map(at));
  if (!parsed) return { problems };
  const data = parsed.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      problems: [
        ...problems,
        at({
          line: split.lineOffset + 2,
          field: 'front matter',
          code: 'front-matter',
          message: 'Front matter må være felt på formen «navn: verdi», ett per linje.',
        }),
      ],
    };
  }
  problems.push(...noticesFor(parsed, file), ...bodyNotices(split.body, file));
  return {
    entry: { collection, id, file, data, draft: isDraft(data), lineOf: parsed.lineOf, source, body: split.body },
    problems,
  };
}

/** Reads one data collection's YAML list from disk. */
export function readDataEntries(root: string, collection: CollectionName): ContentSnapshot {
  const file = COLLECTION_SOURCES[collection].path;
  if (!existsSync(join(root, file))) {
    return {
      entries: [],
      problems: [
        {
          file,
          line: 1,
          field: 'fil',
          code: 'missing-file',
          message: 'Filen finnes ikke. Opprett den som en YAML-liste.',
        },
      ],
    };
  }
  return parseDataEntries(collection, readFileSync(join(root, file), 'utf8'));
}

/**
 * Reads one data collection's YAML list from text already read: Astro's loader parses the very text it read, since
 * the file may change in between (git switches branches under `npm run redaksjon`).
 */
export function parseDataEntries(collection: CollectionName, text: string): ContentSnapshot {
  const snapshot: ContentSnapshot = { entries: [], problems: [] };
  const file = COLLECTION_SOURCES[collection].path;
  const { parsed, problems } = parseYaml(text, 0);
  snapshot.problems.push(...problems.map((p) => ({ file, ...p })));
  if (!parsed) return snapshot;
  const { doc } = parsed;
  if (!isSeq(doc.contents)) {
    snapshot.problems.push({
      file,
      line: 1,
      field: 'fil',
      code: 'schema',
      message: 'Filen må være en YAML-liste der hvert punkt begynner med «- id: …».',
    });
    return snapshot;
  }
  const items = parsed.data as unknown[];
  doc.contents.items.forEach((item, index) => {
    const lineOf = (path: readonly PropertyKey[]) => parsed.lineOf([index, ...path]);
    const data = items[index];
    const id = isMap(item) ? (data as Record<string, unknown>).id : undefined;
    if (typeof id !== 'string' || id === '') {
      snapshot.problems.push({
        file,
        line: lineOf([]),
        field: 'id',
        code: 'bad-id',
        message: 'Hvert punkt må ha en id, for eksempel «- id: bodo».',
      });
      return;
    }
    const { id: _id, ...rest } = data as Record<string, unknown>;
    snapshot.problems.push(...noticesFor(parsed, file, [index]));
    snapshot.entries.push({ collection, id, file, data: rest, draft: isDraft(rest), lineOf });
  });
  return snapshot;
}

function stray(file: string, message: string): Problem {
  return { file, line: 1, field: 'fil', code: 'stray-file', message };
}

/** Every file under content/ that the build would not read, as an error naming it. */
function strayFiles(root: string): Problem[] {
  const dir = join(root, 'content');
  if (!existsSync(dir)) return [];
  const expected = new Set<string>(OTHER_CONTENT_FILES);
  const mdxDirs = new Map<string, string>();
  for (const name of COLLECTION_NAMES) {
    const source = COLLECTION_SOURCES[name];
    if (source.kind === 'data') expected.add(source.path);
    else mdxDirs.set(source.path, name);
  }
  const problems: Problem[] = [];
  const visit = (path: string) => {
    for (const name of readdirSync(join(root, path)).sort()) {
      const file = `${path}/${name}`;
      const stat = lstatSync(join(root, file));
      if (stat.isSymbolicLink()) {
        problems.push(stray(file, 'Snarveier (symbolske lenker) leses ikke. Legg selve filen her i stedet.'));
      } else if (stat.isDirectory()) {
        if (mdxDirs.has(file) || file === 'content/data') visit(file);
        else if (
          mdxDirs.has(path) ||
          (!mdxDirs.has(path) && [...mdxDirs.keys()].some((d) => path.startsWith(`${d}/`)))
        ) {
          const files = readdirSync(join(root, file), { recursive: true, withFileTypes: true }).filter(
            (e) => !e.isDirectory(),
          );
          const where = [...mdxDirs.keys()].find((d) => file.startsWith(`${d}/`)) ?? path;
          for (const inner of files) {
            problems.push(
              stray(
                `${relative(root, join(inner.parentPath, inner.name)).replace(/\\/g, '/')}`,
                `Filer i undermapper leses ikke. Flytt filen rett inn i ${where}/.`,
              ),
            );
          }
          if (files.length === 0) problems.push(stray(file, 'Tom mappe som ikke brukes. Slett den.'));
        } else if (readdirSync(join(root, file)).length === 0)
          problems.push(stray(file, 'Tom mappe som ikke brukes. Slett den.'));
        else visit(file);
      } else if (mdxDirs.has(path)) {
        if (!/^[^.].*\.mdx$/.test(name) || name !== name.trim()) {
          problems.push(
            stray(
              file,
              `Filen leses ikke: bare filer som heter id.mdx (små bokstaver, endelsen .mdx, ingen mellomrom) blir sider. Gi den et navn som «${
                name
                  .trim()
                  .replace(/\.[^.]*$/, '')
                  .toLowerCase() || 'navn'
              }.mdx», eller slett den.`,
            ),
          );
        }
      } else if (!expected.has(file)) {
        const where = [...mdxDirs.keys()].map((d) => `${d}/`).join(', ');
        problems.push(
          stray(
            file,
            `Filen leses ikke av nettstedet. Sider hører hjemme i ${where}; lister i content/data/. Flytt eller slett den.`,
          ),
        );
      }
    }
  };
  visit('content');
  return problems;
}

/** The collection an MDX file belongs to, from its path, if it is one the build reads. */
export function collectionOfFile(root: string, path: string): CollectionName | undefined {
  const file = relative(root, path).replace(/\\/g, '/');
  return COLLECTION_NAMES.find((c) => {
    const source = COLLECTION_SOURCES[c];
    return (
      source.kind === 'mdx' && file.startsWith(`${source.path}/`) && !file.slice(source.path.length + 1).includes('/')
    );
  });
}

/** Reads every collection from disk, keeping line information for reports; every file the build skips is a problem. */
export function readContent(root: string): ContentSnapshot {
  const snapshot: ContentSnapshot = { entries: [], problems: strayFiles(root) };
  for (const collection of COLLECTION_NAMES) {
    const source = COLLECTION_SOURCES[collection];
    if (source.kind === 'data') {
      const data = readDataEntries(root, collection);
      snapshot.entries.push(...data.entries);
      snapshot.problems.push(...data.problems);
      continue;
    }
    if (!existsSync(join(root, source.path))) continue;
    for (const name of readdirSync(join(root, source.path)).sort()) {
      const file = `${source.path}/${name}`;
      if (!/^[^.].*\.mdx$/.test(name) || name !== name.trim() || !lstatSync(join(root, file)).isFile()) continue;
      const { entry, problems } = readMdxEntry(root, collection, file);
      snapshot.problems.push(...problems);
      if (entry) snapshot.entries.push(entry);
    }
  }
  return snapshot;
}

/** The ids of the published entries among `entries`: drafts are left out, as no page links to a draft. */
export function publishedIdsOf(entries: readonly SourceEntry[]): Map<CollectionName, Set<string>> {
  const ids = new Map<CollectionName, Set<string>>();
  for (const entry of entries) {
    if (entry.draft) continue;
    if (!ids.has(entry.collection)) ids.set(entry.collection, new Set());
    ids.get(entry.collection)?.add(entry.id);
  }
  return ids;
}

/** The ids of every published entry under `root`. */
export function publishedIds(root: string): Map<CollectionName, Set<string>> {
  return publishedIdsOf(readContent(root).entries);
}
