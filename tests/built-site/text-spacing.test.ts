import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { builtPages } from './built-site.ts';

// Astro drops the line break between text and a following tag or expression, so «planen</a>\nfor» was built as
// «planenfor» and «loven.\n<span>I kraft» as «loven.I kraft» (issue 12). These are the two shapes of that mistake.
const SHAPES: [RegExp, string][] = [
  [/<\/a>[\p{L}\d]/u, 'en lenke står kloss inntil ordet etter seg'],
  [/\p{Ll}[.:;,]<(?:span|a|strong|em|time)\b[^>]*>\p{Lu}/u, 'en setning slutter rett foran et element uten mellomrom'],
];

test('ingen ord limes sammen med en lenke eller setningen foran', () => {
  const problems: string[] = [];
  for (const page of builtPages()) {
    const html = readFileSync(page.file, 'utf8').replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '');
    for (const [shape, what] of SHAPES) {
      const match = shape.exec(html);
      if (match)
        problems.push(`${page.url}: ${what}: «${html.slice(Math.max(0, match.index - 40), match.index + 20)}»`);
    }
  }
  assert.deepEqual(problems, []);
});
