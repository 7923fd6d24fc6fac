import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTION_NAMES, COLLECTION_SOURCES } from './collections.ts';
import { isDraft } from './drafts.ts';
import type { CollectionName } from './schemas/reference.ts';

const ID_LINE = /^- id: *["']?([^"'\s]+)/gm;
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

/**
 * The ids of every published entry, read cheaply from file names and `- id:` lines without parsing or validating
 * anything, for the build's link check. Drafts are left out: no page links to a draft.
 */
export function publishedIds(root: string): Map<CollectionName, Set<string>> {
  const ids = new Map<CollectionName, Set<string>>();
  for (const collection of COLLECTION_NAMES) {
    const source = COLLECTION_SOURCES[collection];
    const path = join(root, source.path);
    if (!existsSync(path)) continue;
    if (source.kind === 'data') {
      ids.set(collection, new Set([...readFileSync(path, 'utf8').matchAll(ID_LINE)].map((m) => m[1] ?? '')));
      continue;
    }
    const files = readdirSync(path).filter((f) => f.endsWith('.mdx'));
    const published = files.filter((f) => !/^utkast:\s*true\s*$/m.test(FRONT_MATTER.exec(readFileSync(join(path, f), 'utf8'))?.[1] ?? ''));
    ids.set(collection, new Set(published.map((f) => f.slice(0, -'.mdx'.length))));
  }
  return ids;
}

