import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { findCitations } from '../content-model/citations.ts';
import { citedSegments } from '../site/cited-text.ts';

/** The front matter Astro's MDX integration has parsed for this file, if any. */
function sourceCount(file: VFile): number {
  const kilder = (file.data as { astro?: { frontmatter?: { kilder?: unknown } } }).astro?.frontmatter?.kilder;
  return Array.isArray(kilder) ? kilder.length : 0;
}

/**
 * Turns each citation `[1, s. 16]` in a body into a small page reference linked to `#kilde-1` in the page's numbered
 * source list (SourceList), rendered the same way as the front-matter texts (CitedText).
 */
export default function remarkCitations() {
  return (tree: Root, file: VFile) => {
    const count = sourceCount(file);
    visit(tree, 'text', (node: Text, index, parent: Parent | undefined) => {
      if (!parent || index === undefined || findCitations(node.value).length === 0) return;
      const replacement: PhrasingContent[] = citedSegments(node.value, count).map((segment) => {
        if ('text' in segment) return { type: 'text', value: segment.text };
        const children: PhrasingContent[] = segment.links.flatMap((l, i) => [
          ...(i > 0 ? [{ type: 'text', value: '; ' } as const] : []),
          {
            type: 'link',
            url: l.href,
            children: [{ type: 'text', value: l.label }],
            data: { hProperties: { ariaLabel: l.ariaLabel, className: ['ds-link'] } },
          } as const,
        ]);
        // mdast has no superscript; hName makes this an HTML <sup> in the page. Search leaves it out (see CitedText).
        return {
          type: 'emphasis',
          children,
          data: { hName: 'sup', hProperties: { className: ['bp-cite'], dataPagefindIgnore: true } },
        };
      });
      parent.children.splice(index, 1, ...(replacement as Parent['children']));
      return [SKIP, index + replacement.length];
    });
  };
}
