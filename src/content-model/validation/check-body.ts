import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { findHiddenCharacter, hiddenCharacterMessage } from '../text.ts';
import type { Problem } from './problem.ts';
import type { SourceEntry } from './read-content.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** A body parsed as the build parses it, or the problem that stopped the parse. */
export function parseBody(entry: SourceEntry): { tree?: Root; problems: Problem[] } {
  const problems: Problem[] = [];
  // A byte-order mark is reported once, for the file (read-content.ts).
  (entry.body ?? '').replace(/^\uFEFF/, '').split('\n').forEach((text, index) => {
    const hidden = findHiddenCharacter(text, { allowLineBreaks: true });
    if (hidden) problems.push({ file: entry.file, line: index + 1, field: 'innhold', code: 'hidden-character', message: hiddenCharacterMessage(hidden.name) });
  });
  try {
    return { tree: parser.parse(entry.body ?? '') as Root, problems };
  } catch (error) {
    const place = (error as { place?: { line?: number; start?: { line?: number } } }).place;
    const reason = (error as { reason?: string }).reason ?? String(error);
    const line = place?.line ?? place?.start?.line ?? 1;
    problems.push({
      file: entry.file,
      line,
      field: 'innhold',
      code: 'body-syntax',
      message: `Teksten kan ikke leses som MDX: ${reason}. Tegnene < og { må skrives som \\< og \\{ i vanlig tekst.`,
    });
    return { problems };
  }
}
