import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Element, Root } from 'hast';
import { VFile } from 'vfile';
import { PROJECT } from '../../tests/support/project-copy.ts';
import rehypeCaseSections from './rehype-case-sections.ts';

const h = (tagName: string, text: string, properties: Element['properties'] = {}): Element => ({
  type: 'element',
  tagName,
  properties,
  children: [{ type: 'text', value: text }],
});

function run(path: string, frontmatter: Record<string, unknown>): Root {
  const tree: Root = {
    type: 'root',
    children: [
      h('h2', 'Beskrivelse'),
      h('p', 'Om arbeidet.'),
      h('h2', 'Hvem gjorde hva'),
      h('p', 'Først dette, så det.'),
      h('h2', 'Suksessfaktorer'),
      h('p', 'Forankring.'),
      h('h2', 'Tips til andre'),
    ],
  };
  const file = new VFile({ path: join(PROJECT, path), data: { astro: { frontmatter } } });
  rehypeCaseSections({ root: PROJECT })(tree, file);
  return tree;
}

const tags = (tree: Root) => tree.children.map((n) => (n.type === 'element' ? n.tagName : n.type));

test('i et eksempel blir «Hvem gjorde hva» og «Suksessfaktorer» én seksjon hver med listen fra forsiden først', () => {
  const tree = run('content/eksempler/x.mdx', { trinn: [{ tittel: 'Et trinn' }], suksessfaktorer: [{ faktor: 'f' }] });
  assert.deepEqual(tags(tree), ['h2', 'p', 'section', 'section', 'h2']);
  const steps = tree.children[2] as Element;
  assert.deepEqual(steps.properties.ariaLabelledBy, ['trinn-tittel']);
  const [heading, list, more] = steps.children as Element[];
  assert.equal(heading?.properties.id, 'trinn-tittel');
  assert.deepEqual(
    { type: list?.type, name: (list as unknown as { name: string }).name },
    { type: 'mdxJsxFlowElement', name: 'BpTrinn' },
  );
  assert.equal(more?.tagName, 'details');
  assert.deepEqual((tree.children[3] as Element).properties.ariaLabelledBy, ['suksessfaktorer-tittel']);
});

test('uten trinn i forsiden står teksten alene i seksjonen, uten «Mer om»', () => {
  const tree = run('content/eksempler/x.mdx', { trinn: [], suksessfaktorer: [] });
  const steps = tree.children[2] as Element;
  assert.deepEqual(
    (steps.children as Element[]).map((c) => c.tagName),
    ['h2', 'p'],
  );
});

test('andre sider enn eksempler får bare Designsystemets klasser', () => {
  const tree = run('content/metoder/x.mdx', { trinn: [{}] });
  assert.deepEqual(tags(tree), ['h2', 'p', 'h2', 'p', 'h2', 'p', 'h2']);
  assert.deepEqual((tree.children[0] as Element).properties, { className: ['ds-heading'], dataSize: 'sm' });
});
