import type { Root } from 'mdast';
import { relative } from 'node:path';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { COLLECTION_SOURCES } from '../content-model/collections.ts';
import { normaliseText } from '../content-model/text.ts';
import { checkBodyTree, siteUrls } from '../content-model/validation/body-rules.ts';
import { hiddenCharactersInBody } from '../content-model/validation/check-body.ts';
import { checkKeys, RESERVED_KEYS } from '../content-model/validation/check-content.ts';
import { isSafetyCode, type Problem } from '../content-model/validation/problem.ts';
import { collectionOfFile, publishedIds, readMdxEntry } from '../content-model/validation/read-content.ts';
import { findUnsafeNodes } from '../content-model/validation/safe-content.ts';
import type { CollectionName, ReferenceFactory } from '../content-model/schemas/reference.ts';
import { z } from 'astro/zod';

const anyReference = (() => z.string()) as unknown as ReferenceFactory;

/** Each collection's schema, built once: building one per file was a measurable part of a large build. */
const schemas = new Map<CollectionName, z.ZodType>();
function schemaOf(collection: CollectionName): z.ZodType {
  if (!schemas.has(collection)) schemas.set(collection, COLLECTION_SOURCES[collection].schema(anyReference));
  return schemas.get(collection) as z.ZodType;
}

/**
 * Applies the body rules of `npm run sjekk` to every MDX file as the build (or the preview) compiles it, and stops
 * with all of a file's problems, each with its line. This runs before @astrojs/mdx turns front matter into code (a
 * `layout` key becomes an import in its rehype stage), so it also refuses any front matter key, as Astro itself
 * parsed it, that the schema does not have. Outside the content folders it still refuses anything that could run
 * code. Word's non-breaking spaces and soft hyphens in the text are normalised here, as sjekk says.
 */
export default function remarkContentRules(options: { root: string }) {
  let knownUrls: Set<string> | undefined;
  return (tree: Root, file: VFile) => {
    const path = relative(options.root, file.path ?? '').replace(/\\/g, '/');
    const collection = collectionOfFile(options.root, file.path ?? '');
    const astroFrontmatter = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ??
      {}) as Record<string, unknown>;
    const problems: Omit<Problem, 'file'>[] = [];
    if (collection) {
      const schema = schemaOf(collection);
      const { entry, problems: read } = readMdxEntry(options.root, collection, path);
      problems.push(...read.filter((p) => isSafetyCode(p.code)));
      if (entry) problems.push(...checkKeys(entry, schema));
      // Astro parses front matter with its own YAML parser: whatever it found must be what we checked.
      const ours = new Set(Object.keys((entry?.data ?? {}) as object));
      for (const key of Object.keys(astroFrontmatter)) {
        if (!ours.has(key)) problems.push(...checkKeys({ file: path, data: { [key]: true }, lineOf: () => 1 }, schema));
      }
      // The compiler has just parsed this body (into `tree`); a second parse only to find hidden characters would
      // double the cost of compiling every case.
      if (entry) problems.push(...hiddenCharactersInBody({ file: entry.file, body: String(file.value) }));
      knownUrls ??= siteUrls(publishedIds(options.root));
      const rules = checkBodyTree(tree, collection, knownUrls, entry?.data as Record<string, unknown> | undefined);
      problems.push(...rules.map((p) => ({ ...p, field: 'innhold' })));
    } else {
      for (const key of Object.keys(astroFrontmatter)) {
        if (Object.hasOwn(RESERVED_KEYS, key))
          problems.push({ line: 1, field: key, code: 'reserved-key', message: RESERVED_KEYS[key] ?? key });
      }
      problems.push(
        ...findUnsafeNodes(tree).map((p) => ({
          line: p.line,
          field: 'innhold',
          code: 'unsafe-body',
          message: p.message,
        })),
      );
    }
    const unique = [...new Map(problems.map((p) => [`${p.line} ${p.field} ${p.message}`, p])).values()].sort(
      (a, b) => a.line - b.line,
    );
    if (unique.length > 0) {
      const list = unique.map((p) => `${path}:${p.line}  ${p.field}  ${p.message}`).join('\n');
      file.fail(
        `Innholdet har feil, så nettstedet bygges ikke. Rett dette først (npm run sjekk viser alle filer):\n${list}`,
        {
          place: { line: unique[0]?.line ?? 1, column: 1 },
        },
      );
    }
    visit(tree, 'text', (node) => {
      node.value = normaliseText(node.value);
    });
  };
}
