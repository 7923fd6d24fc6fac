import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { basename, relative } from 'node:path';
import type { VFile } from 'vfile';
import { COLLECTION_SOURCES } from '../content-model/collections.ts';
import { comparePartProperty } from '../content-model/compare-parts.ts';

/**
 * Body sections of a case that say again what its front matter lists. Each becomes one section: the body's heading,
 * the front-matter list (rendered by the page's component `component`), then the body's prose under «more».
 * The heading gets the id the page's own section would have, so links and the compare page find one section.
 */
export const MERGED_SECTIONS = [
  {
    heading: 'Hvem gjorde hva',
    id: 'trinn-tittel',
    part: 'trinn',
    field: 'trinn',
    component: 'BpTrinn',
    more: 'Mer om hvert trinn',
  },
  {
    heading: 'Suksessfaktorer',
    id: 'suksessfaktorer-tittel',
    part: 'suksessfaktorer',
    field: 'suksessfaktorer',
    component: 'BpSuksessfaktorer',
    more: 'Mer om suksessfaktorene, slik kilden beskriver dem',
  },
] as const;

const textOf = (node: ElementContent | RootContent): string =>
  node.type === 'text'
    ? node.value
    : 'children' in node
      ? node.children.map((c) => textOf(c as ElementContent)).join('')
      : '';

const isHeading = (node: RootContent, tag: string): node is Element => node.type === 'element' && node.tagName === tag;

function addClass(node: Element, className: string) {
  const current = node.properties.className;
  const list = Array.isArray(current) ? current.map(String) : [];
  if (!list.includes(className)) node.properties.className = [...list, className];
}

/** Designsystemet's heading sizes for body headings, so a body h2 looks like the page's own h2s. */
const HEADING_SIZES: Record<string, string> = { h2: 'sm', h3: 'xs', h4: '2xs' };

function styleBody(nodes: (RootContent | ElementContent)[]) {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    const size = HEADING_SIZES[node.tagName];
    if (size) {
      addClass(node, 'ds-heading');
      node.properties.dataSize = size;
    }
    if (node.tagName === 'a') addClass(node, 'ds-link');
    styleBody(node.children);
  }
}

/**
 * For every content body: Designsystemet's heading and link classes. For a case body, also merges the sections in
 * `MERGED_SECTIONS` with their front-matter lists, so the page does not say the same thing twice.
 */
export default function rehypeCaseSections(options: { root: string }) {
  const casesFolder = `${COLLECTION_SOURCES.eksempler.path}/`;
  return (tree: Root, file: VFile) => {
    styleBody(tree.children);
    const path = relative(options.root, file.path ?? '').replace(/\\/g, '/');
    if (!path.startsWith(casesFolder)) return;
    const frontmatter = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ??
      {}) as Record<string, unknown>;
    const id = basename(path, '.mdx');
    for (const spec of MERGED_SECTIONS) {
      const start = tree.children.findIndex((node) => isHeading(node, 'h2') && textOf(node).trim() === spec.heading);
      if (start < 0) continue;
      let end = tree.children.findIndex((node, i) => i > start && isHeading(node, 'h2'));
      if (end < 0) end = tree.children.length;
      const heading = tree.children[start] as Element;
      heading.properties.id = spec.id;
      const prose = tree.children.slice(start + 1, end) as ElementContent[];
      const list = frontmatter[spec.field];
      const hasList = Array.isArray(list) && list.length > 0;
      const children: (ElementContent | MdxJsxFlowElementHast)[] = [heading];
      if (hasList) {
        children.push({
          type: 'mdxJsxFlowElement',
          name: spec.component,
          attributes: [{ type: 'mdxJsxAttribute', name: 'eksempel', value: id }],
          children: [],
        });
        if (prose.some((node) => textOf(node).trim() !== '')) {
          children.push({
            type: 'element',
            tagName: 'details',
            properties: { className: ['ds-details', 'bp-more'] },
            children: [
              { type: 'element', tagName: 'summary', properties: {}, children: [{ type: 'text', value: spec.more }] },
              { type: 'element', tagName: 'div', properties: {}, children: prose },
            ],
          });
        }
      } else {
        children.push(...prose);
      }
      const section: Element = {
        type: 'element',
        tagName: 'section',
        properties: { className: ['bp-section'], ariaLabelledBy: [spec.id], ...comparePartProperty(spec.part) },
        children: children as ElementContent[],
      };
      tree.children.splice(start, end - start, section);
    }
  };
}
