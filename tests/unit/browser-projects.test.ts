import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { checkContent } from '../../src/content-model/validation/check-content.ts';
import { errorsIn, formatReport } from '../../src/content-model/validation/problem.ts';
import { readContent } from '../../src/content-model/validation/read-content.ts';
import { FIXTURE_SITE_SPECS, OWN_COPY_SPECS, REAL_SITE_SPECS } from '../support/browser-projects.ts';
import { FIXTURE_CONTENT } from '../support/fixture-site.ts';
import { PROJECT } from '../support/project-copy.ts';

// The guard of issue 13: the browser tests that run against the real site (content/) check every page generically
// and never name a real case, so an editor who edits a case's title or id cannot break them. Tests of specific
// content run against the fixture site (tests/fixtures/nettsted/), whose content is frozen.
const BROWSER = join(PROJECT, 'tests/browser');

/** A spec's own text and that of the files it imports from tests/browser/ (page-types.ts and the like). */
function sourceWithLocalImports(file: string, seen = new Set<string>()): string {
  if (seen.has(file)) return '';
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  const local = [...text.matchAll(/from '(\.\/[^']+\.ts)'/g)].map((m) => join(dirname(file), m[1] ?? ''));
  return [text, ...local.map((f) => sourceWithLocalImports(f, seen))].join('\n');
}

describe('the browser tests', () => {
  it('assign every spec in tests/browser/ to exactly one Playwright project', () => {
    const specs = readdirSync(BROWSER)
      .filter((f) => f.endsWith('.spec.ts'))
      .sort();
    const assigned = [...REAL_SITE_SPECS, ...FIXTURE_SITE_SPECS, ...OWN_COPY_SPECS];
    assert.deepEqual([...assigned].sort(), specs);
    assert.equal(new Set(assigned).size, assigned.length);
  });

  it('that run against the real site name no real case, by id or by title', () => {
    const cases = readContent(PROJECT).entries.filter((e) => e.collection === 'eksempler');
    assert.ok(cases.length > 0);
    const problems: string[] = [];
    for (const spec of REAL_SITE_SPECS) {
      const text = sourceWithLocalImports(join(BROWSER, spec));
      for (const entry of cases) {
        const title = (entry.data as { tittel?: string }).tittel ?? '';
        if (text.includes(entry.id)) problems.push(`${spec} nevner eksempelet ${entry.id}`);
        if (title && text.includes(title)) problems.push(`${spec} nevner tittelen «${title}»`);
      }
    }
    assert.deepEqual(
      problems,
      [],
      'Flytt testen til testnettstedet (tests/support/browser-projects.ts), eller finn siden uten å nevne eksempelet.',
    );
  });

  it('get a fixture site whose content passes sjekk', () => {
    const errors = errorsIn(checkContent(FIXTURE_CONTENT));
    assert.deepEqual(errors, [], formatReport(errors));
  });
});
