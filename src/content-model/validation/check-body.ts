import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { findHiddenCharacter, hiddenCharacterMessage } from '../text.ts';
import type { Problem } from './problem.ts';
import type { SourceEntry } from './read-content.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** The MDX parser's reasons, in plain Norwegian; the original follows in parentheses for whoever helps. */
function explain(reason: string): string {
  const closing = /^Expected a closing tag for `<([^>]*)>`/.exec(reason);
  if (closing) return `<${closing[1]}> er ikke lukket. Skriv </${closing[1]}> der elementet slutter`;
  const unexpectedClosing = /^Unexpected closing tag `<\/([^>]*)>`/.exec(reason);
  if (unexpectedClosing)
    return `</${unexpectedClosing[1]}> lukker et element som ikke er åpnet. Fjern den eller åpne elementet`;
  if (/acorn|expression/i.test(reason)) return 'Krøllparenteser {…} leses som kode';
  if (/before name|after name|character/i.test(reason)) return 'Et < leses som starten på et element';
  return 'Teksten har et tegn MDX ikke forstår';
}

/** Each body line with a hidden character, as a problem; no parse needed (the build's compile-time rules use this). */
export function hiddenCharactersInBody(entry: Pick<SourceEntry, 'file' | 'body'>): Problem[] {
  const problems: Problem[] = [];
  // A byte-order mark is reported once, for the file (read-content.ts).
  (entry.body ?? '')
    .replace(/^\uFEFF/, '')
    .split('\n')
    .forEach((text, index) => {
      const hidden = findHiddenCharacter(text, { allowLineBreaks: true });
      if (hidden)
        problems.push({
          file: entry.file,
          line: index + 1,
          field: 'innhold',
          code: 'hidden-character',
          message: hiddenCharacterMessage(hidden.name),
        });
    });
  return problems;
}

/** A body parsed as the build parses it, or the problem that stopped the parse. */
export function parseBody(entry: SourceEntry): { tree?: Root; problems: Problem[] } {
  const problems = hiddenCharactersInBody(entry);
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
      message: `Teksten kan ikke leses som MDX: ${explain(reason)} (${reason}). Tegnene < og { må skrives som \\< og \\{ i vanlig tekst.`,
    });
    return { problems };
  }
}
