import { z } from 'astro/zod';
import { COLLECTION_SOURCES, ID_PATTERN } from '../../content-model/collections.ts';
import { isDraft } from '../../content-model/drafts.ts';
import { siteUrls } from '../../content-model/body-rules.ts';
import type { CollectionName } from '../../content-model/schemas/reference.ts';
import { completeness, type Completeness } from '../../content-model/completeness.ts';
import { checkBody } from './check-body.ts';
import { checkCrossEntryRules, type ValidEntry } from './check-rules.ts';
import { checkTrustRules } from './check-trust.ts';
import { checkingReference } from './checking-reference.ts';
import { formatPath, type Problem } from './problem.ts';
import { readContent, type SourceEntry } from './read-content.ts';
import { didYouMean } from '../../content-model/suggest.ts';

z.config(z.locales.no());

function topLevelKeys(schema: z.ZodType): string[] {
  let current: unknown = schema;
  while (current instanceof z.ZodPipe) current = current.in;
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
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
        message: `id-en «${entry.id}» er brukt før i ${first.file}:${first.lineOf(['id'])}. Hver oppføring må ha sin egen id.`,
      });
    } else seen.set(key, entry);
  }
  return problems;
}

function validateEntry(entry: SourceEntry, schema: z.ZodType): { problems: Problem[]; valid?: ValidEntry } {
  const problems: Problem[] = [];
  if (entry.data !== null && typeof entry.data === 'object') {
    const keys = topLevelKeys(schema);
    for (const key of Object.keys(entry.data)) {
      if (!keys.includes(key)) {
        problems.push({
          file: entry.file,
          line: entry.lineOf([key]),
          field: key,
          message: `Ukjent felt «${key}». ${didYouMean(key, keys, 'README (innholdsmodellen)')}`,
        });
      }
    }
  }
  const result = schema.safeParse(entry.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = formatPath(issue.path) || 'front matter';
      const missing = issue.code === 'invalid_type' && valueAt(entry.data, issue.path) === undefined;
      const message = missing ? `Feltet ${field} mangler. ${issue.message}` : issue.message;
      problems.push({ file: entry.file, line: entry.lineOf(issue.path), field, message });
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

/** Every problem, plus each case's draft state, last check date and completeness. */
export function inspectContent(root: string, { today = new Date(), bodies = true }: CheckOptions = {}): ContentReport {
  const { entries, problems } = readContent(root);
  const ids = new Map<CollectionName, Set<string>>();
  // Published content may not point at a draft: the draft is not on the site.
  for (const entry of entries.filter((e) => !isDraft(e.data))) {
    if (!ids.has(entry.collection)) ids.set(entry.collection, new Set());
    ids.get(entry.collection)?.add(entry.id);
  }
  problems.push(...checkIds(entries));

  const reference = checkingReference(ids);
  const knownUrls = siteUrls(ids);
  const valid: ValidEntry[] = [];
  const cases: CaseReport[] = [];
  const schemas = new Map<CollectionName, z.ZodType>();
  const schemaOf = (collection: CollectionName) => {
    if (!schemas.has(collection)) schemas.set(collection, COLLECTION_SOURCES[collection].schema(reference));
    return schemas.get(collection) as z.ZodType;
  };
  for (const entry of entries) {
    const result = validateEntry(entry, schemaOf(entry.collection));
    problems.push(...result.problems);
    if (result.valid) valid.push(result.valid);
    if (entry.source === undefined || !bodies) continue;
    const body = checkBody(entry, knownUrls);
    problems.push(...body.problems);
    if (entry.collection === 'eksempler') {
      const data = (entry.data ?? {}) as Record<string, unknown>;
      const checked = result.valid?.parsed.sistKontrollert;
      cases.push({
        file: entry.file,
        id: entry.id,
        title: typeof data.tittel === 'string' ? data.tittel : entry.id,
        draft: isDraft(data),
        sistKontrollert: checked instanceof Date ? checked : typeof data.sistKontrollert === 'string' ? new Date(data.sistKontrollert) : undefined,
        completeness: completeness(data, body.headings),
      });
    }
  }
  problems.push(...checkCrossEntryRules(valid, today));
  problems.push(...checkTrustRules(valid));

  const draftFiles = new Set(entries.filter((e) => isDraft(e.data)).map((e) => e.file));
  for (const problem of problems) if (draftFiles.has(problem.file)) problem.warning = true;
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { problems, cases };
}
