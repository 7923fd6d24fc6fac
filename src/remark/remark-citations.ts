import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { findCitations } from '../content-model/citations.ts';
import { citationElement, citedSegments } from '../site/cited-text.ts';

/** The front matter Astro's MDX integration has parsed for this file, if any. */
function sourceCount(file: VFile): number {
  const kilder = (file.data as { astro?: { frontmatter?: { kilder?: unknown } } }).astro?.frontmatter?.kilder;
  return Array.isArray(kilder) ? kilder.length : 0;
}

/**
 * Turns each citation `[1, s. 16]` in a body into a small page reference linked to `#kilde-1` in the page's numbered
 * source list (SourceList): the same element as in the front-matter texts (CitedText), from citationElement.
 */
export default function remarkCitations() {
  return (tree: Root, file: VFile) => {
    const count = sourceCount(file);
    visit(tree, 'text', (node: Text, index, parent: Parent | undefined) => {
      if (!parent || index === undefined || findCitations(node.value).length === 0) return;
      const replacement: PhrasingContent[] = citedSegments(node.value, count).map((segment) => {
        if ('text' in segment) return { type: 'text', value: segment.text };
        // mdast has no superscript: the node carries the element the page shows, which becomes its HTML.
        const sup = citationElement(segment.links);
        return {
          type: 'emphasis',
          children: [],
          data: { hName: sup.tagName, hProperties: sup.properties, hChildren: sup.children },
        };
      });
      parent.children.splice(index, 1, ...(replacement as Parent['children']));
      return [SKIP, index + replacement.length];
    });
  };
}
