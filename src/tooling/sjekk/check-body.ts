import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { checkBodyTree, h2Headings } from '../../content-model/body-rules.ts';
import type { SourceEntry } from './read-content.ts';
import type { Problem } from './problem.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).use(remarkGfm);

/**
 * Parses an MDX body as the build will and applies the body rules, with the body's section headings for the
 * completeness score.
 */
export function checkBody(entry: SourceEntry, knownUrls: ReadonlySet<string>): { problems: Problem[]; headings: string[] } {
  const toProblem = (line: number, message: string): Problem => ({ file: entry.file, line, field: 'innhold', message });
  let tree: Root;
  try {
    tree = parser.parse(entry.source ?? '') as Root;
  } catch (error) {
    const place = (error as { place?: { line?: number; start?: { line?: number } } }).place;
    const reason = (error as { reason?: string }).reason ?? String(error);
    const line = place?.line ?? place?.start?.line ?? 1;
    return { problems: [toProblem(line, `Teksten kan ikke leses som MDX: ${reason}. Tegnene < og { må skrives som \\< og \\{ i vanlig tekst.`)], headings: [] };
  }
  const problems = checkBodyTree(tree, entry.collection, knownUrls, entry.data as Record<string, unknown> | undefined).map((p) => toProblem(p.line, p.message));
  return { problems, headings: h2Headings(tree) };
}
