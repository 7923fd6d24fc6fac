import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { findUnsafeNodes } from '../content-model/safe-content.ts';

/**
 * Refuses to compile MDX that could run code, whatever path it reached the build by. `npm run sjekk` reports the
 * same problems first, all at once and with hints; this is the last line of defence.
 */
export default function remarkSafeContent() {
  return (tree: Root, file: VFile) => {
    const [first] = findUnsafeNodes(tree);
    if (first) {
      file.fail(`${first.message} (kjør npm run sjekk for alle feil)`, { place: { line: first.line, column: first.column } });
    }
  };
}
