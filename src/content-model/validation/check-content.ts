import { z } from 'astro/zod';
import type { Root } from 'mdast';
import { COLLECTION_SOURCES } from '../collections.ts';
import { ID_PATTERN } from '../slug.ts';
import { completeness, type Completeness } from '../completeness.ts';
import { newestSourceYear } from '../source-age.ts';
import type { CollectionName } from '../schemas/reference.ts';
import { didYouMean } from '../suggest.ts';
import { h2Headings, siteUrls } from './body-rules.ts';
import { parseBody } from './check-body.ts';
import { checkingReference } from './checking-reference.ts';
import { formatPath, isSafetyCode, type Problem } from './problem.ts';
import { publishedIdsOf, readContent, type SourceEntry } from './read-content.ts';
import { CONTENT_RULES, type ValidEntry } from './rules.ts';

z.config(z.locales.no());

/** Keys Astro or MDX give meaning to. Never data: `layout` imports code at compile time, `slug` renames an entry. */
export const RESERVED_KEYS: Readonly<Record<string, string>> = {
  layout:
    'layout er ikke tillatt: nettstedet bestemmer utseendet, og en layout i front matter kan kjøre kode. Fjern linjen.',
  slug: 'slug er ikke tillatt: id-en og adressen kommer fra filnavnet. Fjern linjen, eller gi filen et annet navn.',
};

/** The keys an entry's schema knows. */
export function schemaKeys(schema: z.ZodType): string[] {
  let current: unknown = schema;
  while (current instanceof z.ZodPipe) current = current.in;
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined),
    data,
  );
}

function checkIds(entries: readonly SourceEntry[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, SourceEntry>();
  for (const entry of entries) {
    if (!ID_PATTERN.test(entry.id)) {
      const isFile = COLLECTION_SOURCES[entry.collection].kind === 'mdx';
      problems.push({
        file: entry.file,
        line: isFile ? 1 : entry.lineOf(['id']),
        field: isFile ? 'filnavn' : 'id',
        code: 'bad-id',
        message: `«${entry.id}» kan ikke brukes som id: bruk små bokstaver a–z, sifre og bindestrek (æ→ae, ø→o, å→a).`,
      });
    }
    const key = `${entry.collection}/${entry.id.toLowerCase()}`;
    const first = seen.get(key);
    if (first) {
      problems.push({
        file: entry.file,
        line: entry.lineOf(['id']),
        field: 'id',
        code: 'duplicate-id',
        message: `id-en «${entry.id}» er brukt før i ${first.file}:${first.lineOf(['id'])}. Hver oppføring må ha sin egen id.`,
      });
    } else seen.set(key, entry);
  }
  return problems;
}

function unwrap(schema: unknown): unknown {
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodPipe) current = current.in;
    else if (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable) {
      current = current.def.innerType;
    } else return current;
  }
}

/** Paths of keys inside objects and lists (kilder[0].lenke) that the schema does not have. */
function nestedUnknownKeys(schema: unknown, value: unknown, path: PropertyKey[]): PropertyKey[][] {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodObject && value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, child]) =>
      Object.hasOwn(inner.shape, key) ? nestedUnknownKeys(inner.shape[key], child, [...path, key]) : [[...path, key]],
    );
  }
  if (inner instanceof z.ZodArray && Array.isArray(value)) {
    return value.flatMap((child, index) => nestedUnknownKeys(inner.element, child, [...path, index]));
  }
  return [];
}

/** Keys outside the schema, at any depth, and keys Astro gives meaning to: errors in drafts too. */
export function checkKeys(entry: Pick<SourceEntry, 'file' | 'data' | 'lineOf'>, schema: z.ZodType): Problem[] {
  if (entry.data === null || typeof entry.data !== 'object') return [];
  const keys = schemaKeys(schema);
  const shape = (unwrap(schema) as { shape?: Record<string, unknown> }).shape ?? {};
  return Object.entries(entry.data).flatMap(([key, value]): Problem[] => {
    const reserved = Object.hasOwn(RESERVED_KEYS, key) ? RESERVED_KEYS[key] : undefined;
    if (reserved || !keys.includes(key)) {
      return [
        {
          file: entry.file,
          line: entry.lineOf([key]),
          field: key,
          code: reserved ? 'reserved-key' : 'unknown-key',
          message: reserved ?? `Ukjent felt «${key}». ${didYouMean(key, keys, 'README (innholdsmodellen)')}`,
        },
      ];
    }
    return nestedUnknownKeys(shape[key], value, [key]).map((path) => {
      const name = String(path.at(-1));
      const siblings = Object.keys((unwrap(shapeAt(shape[key], path.slice(1, -1))) as { shape?: object }).shape ?? {});
      return {
        file: entry.file,
        line: entry.lineOf(path),
        field: formatPath(path),
        code: 'unknown-key',
        message: `Ukjent felt «${name}» i ${formatPath(path.slice(0, -1))}. Feltene her er: ${siblings.join(', ')}.`,
      };
    });
  });
}

/** The schema at a path below `schema` (list indexes step into the element). */
function shapeAt(schema: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((current, key) => {
    const inner = unwrap(current);
    if (inner instanceof z.ZodArray) return inner.element;
    if (inner instanceof z.ZodObject) return inner.shape[String(key)];
    return undefined;
  }, schema);
}

function validateEntry(entry: SourceEntry, schema: z.ZodType): { problems: Problem[]; valid?: ValidEntry } {
  const problems = checkKeys(entry, schema);
  const result = schema.safeParse(entry.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = formatPath(issue.path) || 'front matter';
      const missing = issue.code === 'invalid_type' && valueAt(entry.data, issue.path) === undefined;
      const message = missing ? `Feltet ${field} mangler. ${issue.message}` : issue.message;
      problems.push({ file: entry.file, line: entry.lineOf(issue.path), field, code: 'schema', message });
    }
    return { problems };
  }
  return { problems, valid: { ...entry, parsed: result.data as Record<string, unknown> } };
}

/** What `npm run sjekk` and `npm run rapport` know about one case. */
export interface CaseReport {
  file: string;
  id: string;
  title: string;
  draft: boolean;
  sistKontrollert?: Date;
  completeness: Completeness;
  /** The year of the newest dated source. Default: none, when no source has a year. */
  newestSource?: number;
}

export interface ContentReport {
  problems: Problem[];
  cases: CaseReport[];
}

export interface CheckOptions {
  /** The day dates are checked against. Default: today. */
  today?: Date;
  /**
   * Whether to parse and check MDX bodies. Default: true. The build skips it here because it applies the same body
   * rules while it compiles each body (remark-content-rules), so nothing is parsed twice.
   */
  bodies?: boolean;
}

/** Checks all content under `root` and returns every problem found, sorted by file and line. */
export function checkContent(root: string, options: CheckOptions = {}): Problem[] {
  return inspectContent(root, options).problems;
}

/**
 * read → check → problems: every problem, plus each case's draft state, last check date and completeness. A problem
 * in a draft is a warning unless it is a safety problem (see SAFETY_CODES).
 */
export function inspectContent(root: string, { today = new Date(), bodies = true }: CheckOptions = {}): ContentReport {
  const { entries, problems } = readContent(root);
  // Published content may not point at a draft: the draft is not on the site.
  const ids = publishedIdsOf(entries);
  problems.push(...checkIds(entries));

  const reference = checkingReference(ids);
  const schemas = new Map<CollectionName, z.ZodType>();
  const schemaOf = (collection: CollectionName) => {
    if (!schemas.has(collection)) schemas.set(collection, COLLECTION_SOURCES[collection].schema(reference));
    return schemas.get(collection) as z.ZodType;
  };
  const valid: ValidEntry[] = [];
  const trees = new Map<SourceEntry, Root>();
  const cases: CaseReport[] = [];
  for (const entry of entries) {
    const result = validateEntry(entry, schemaOf(entry.collection));
    problems.push(...result.problems);
    if (result.valid) valid.push(result.valid);
    if (entry.body === undefined || !bodies) continue;
    const body = parseBody(entry);
    problems.push(...body.problems);
    if (body.tree) trees.set(entry, body.tree);
    if (entry.collection === 'eksempler') {
      const data = (entry.data ?? {}) as Record<string, unknown>;
      const checked = result.valid?.parsed.sistKontrollert;
      cases.push({
        file: entry.file,
        id: entry.id,
        title: typeof data.tittel === 'string' ? data.tittel : entry.id,
        draft: entry.draft,
        sistKontrollert:
          checked instanceof Date
            ? checked
            : typeof data.sistKontrollert === 'string'
              ? new Date(data.sistKontrollert)
              : undefined,
        completeness: completeness(data, body.tree ? h2Headings(body.tree) : []),
        newestSource: newestSourceYear(Array.isArray(data.kilder) ? (data.kilder as { ar?: number }[]) : []),
      });
    }
  }
  const content = { entries, valid, bodies: trees, publishedIds: ids, knownUrls: siteUrls(ids), today };
  for (const rule of CONTENT_RULES) problems.push(...rule(content));

  const draftFiles = new Set(entries.filter((e) => e.draft).map((e) => e.file));
  for (const problem of problems) {
    if (draftFiles.has(problem.file) && !problem.notice && !isSafetyCode(problem.code)) problem.warning = true;
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { problems, cases };
}
