import type { Root } from 'mdast';
import { relative } from 'node:path';
import type { VFile } from 'vfile';
import { checkBodyTree, siteUrls } from '../content-model/body-rules.ts';
import { COLLECTION_NAMES, COLLECTION_SOURCES } from '../content-model/collections.ts';
import { publishedIds } from '../content-model/content-ids.ts';
import { findUnsafeNodes } from '../content-model/safe-content.ts';

/** The front matter Astro's MDX integration has parsed for this file, if any. */
function frontMatterOf(file: VFile): Record<string, unknown> | undefined {
  return (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
}

/**
 * Applies the body rules of `npm run sjekk` to every MDX file as the build compiles it, and stops the build with
 * all of a file's problems, each with its line. Outside the content folders it still refuses anything that could
 * run code. This is where bodies are checked during a build, so they are parsed once.
 */
export default function remarkContentRules(options: { root: string }) {
  let knownUrls: Set<string> | undefined;
  return (tree: Root, file: VFile) => {
    const path = relative(options.root, file.path ?? '').replace(/\\/g, '/');
    const collection = COLLECTION_NAMES.find((c) => COLLECTION_SOURCES[c].kind === 'mdx' && path.startsWith(`${COLLECTION_SOURCES[c].path}/`));
    const problems = collection
      ? checkBodyTree(tree, collection, (knownUrls ??= siteUrls(publishedIds(options.root))), frontMatterOf(file))
      : findUnsafeNodes(tree);
    if (problems.length === 0) return;
    const list = problems.map((p) => `${path}:${p.line}  innhold  ${p.message}`).join('\n');
    file.fail(`Innholdet har feil, så nettstedet bygges ikke. Rett dette først (npm run sjekk viser alle filer):\n${list}`, {
      place: { line: problems[0]?.line ?? 1, column: 1 },
    });
  };
}
