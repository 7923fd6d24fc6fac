import type { Root } from 'mdast';
import type { CollectionName } from '../schemas/reference.ts';
import { checkBodyTree } from './body-rules.ts';
import { checkCrossEntryRules } from './cross-entry-rules.ts';
import type { Problem } from './problem.ts';
import type { SourceEntry } from './read-content.ts';
import { checkTrustRules } from './trust-rules.ts';

/** An entry that passed its schema, with the parsed data. */
export interface ValidEntry extends SourceEntry {
  parsed: Record<string, unknown>;
}

/** Everything a rule may look at: all content as read, what passed its schema, and each parsed body. */
export interface CheckedContent {
  entries: readonly SourceEntry[];
  valid: readonly ValidEntry[];
  /** Each MDX entry's parsed body (when bodies are checked). */
  bodies: ReadonlyMap<SourceEntry, Root>;
  /** The ids of published entries: what pages may link to and refer to. */
  publishedIds: ReadonlyMap<CollectionName, ReadonlySet<string>>;
  /** Every page a body may link to. */
  knownUrls: ReadonlySet<string>;
  /** The day dates are checked against. */
  today: Date;
}

/** A rule over the whole content. Return problems with a stable `code`; sjekk, the build and rapport show them. */
export type ContentRule = (content: CheckedContent) => Problem[];

function bodyRules({ bodies, knownUrls }: CheckedContent): Problem[] {
  return [...bodies].flatMap(([entry, tree]) =>
    checkBodyTree(tree, entry.collection, knownUrls, entry.data as Record<string, unknown> | undefined).map((p) => ({
      file: entry.file,
      line: p.line,
      field: 'innhold',
      code: p.code,
      message: p.message,
    })),
  );
}

/**
 * The rules run after every file is read, its ids checked and its front matter validated against the schema. A new
 * rule is a function added here.
 */
export const CONTENT_RULES: ContentRule[] = [bodyRules, checkCrossEntryRules, checkTrustRules];
