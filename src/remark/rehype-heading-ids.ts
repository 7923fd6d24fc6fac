import GithubSlugger from 'github-slugger';
import { visit } from 'unist-util-visit';

/** The prefix of every heading id that comes from content. The layout's own ids never start with it. */
export const CONTENT_HEADING_PREFIX = 'tekst-';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

function textOf(node: HastNode): string {
  return node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');
}

/**
 * Gives every heading in a content body a namespaced id (`### Innhold` → `tekst-innhold`), so no body can produce an
 * id the layout uses (the skip link's `innhold`, `kilder-tittel` and the other `aria-labelledby` targets). Astro
 * keeps an id that is already set, so its heading list uses these too.
 */
export default function rehypeHeadingIds() {
  return (tree: HastNode) => {
    const slugger = new GithubSlugger();
    visit(tree as never, 'element', (node: HastNode) => {
      if (!/^h[1-6]$/.test(node.tagName ?? '')) return;
      node.properties = { ...node.properties, id: `${CONTENT_HEADING_PREFIX}${slugger.slug(textOf(node))}` };
    });
  };
}
