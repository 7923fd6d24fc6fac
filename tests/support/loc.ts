// `node tests/support/loc.ts`: lines of code (.ts, .astro, .css) per folder under src/ and tests/, for before/after
// tables. Folders are cut at two levels below src/ or tests/ (src/content-model/validation); files count in their folder.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const CODE = /\.(ts|astro|css)$/;
const SKIP = new Set(['node_modules', 'results', 'fixtures']);
const lines = new Map<string, number>();

function walk(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP.has(entry.name)) walk(path);
    } else if (CODE.test(entry.name)) {
      const folder = relative(root, dir).split('/').slice(0, 3).join('/');
      const count = readFileSync(path, 'utf8').split('\n').length - 1;
      lines.set(folder, (lines.get(folder) ?? 0) + count);
    }
  }
}

for (const top of ['src', 'tests']) walk(join(root, top));
const rows = [...lines].sort(([a], [b]) => a.localeCompare(b));
const total = rows.reduce((sum, [, n]) => sum + n, 0);
console.log('| Folder | Lines |\n| --- | ---: |');
for (const [folder, n] of rows) console.log(`| \`${folder}/\` | ${n} |`);
console.log(`| total | ${total} |`);
