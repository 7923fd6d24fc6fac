import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import postcss from 'postcss';
import unusedCustomProperties from './postcss-unused-custom-properties.ts';

const styles = mkdtempSync(join(tmpdir(), 'bp-styles-'));
writeFileSync(join(styles, 'map.css'), '.bp-map { color: var(--ds-map-color); }');
const prune = (css: string) =>
  postcss([unusedCustomProperties({ stylesDir: styles })]).process(css, { from: undefined }).css;

it('keeps a token a property reads, and the tokens that token is made of', () => {
  const out = prune(':root { --a: var(--b); --b: 1px; --c: 2px } .x { margin: var(--a) }');
  assert.match(out, /--a: var\(--b\)/);
  assert.match(out, /--b: 1px/);
  assert.doesNotMatch(out, /--c/);
});

it('drops a token read only by a token nobody reads', () => {
  const out = prune(':root { --unused: var(--inner); --inner: 3px } .x { color: red }');
  assert.doesNotMatch(out, /--unused|--inner/);
});

it('keeps a token one of our own stylesheets reads, though this file does not', () => {
  const out = prune(':root { --ds-map-color: blue; --ds-other: red }');
  assert.match(out, /--ds-map-color: blue/);
  assert.doesNotMatch(out, /--ds-other/);
});

it('removes a rule left with nothing in it, and nothing else', () => {
  const out = prune('[data-color=brand1] { --x: 1 } .y { color: red }');
  assert.doesNotMatch(out, /brand1/);
  assert.match(out, /\.y \{ color: red \}/);
});
