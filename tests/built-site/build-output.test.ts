import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { copyProject, runScript } from '../support/project-copy.ts';
import { filesUnder } from './built-site.ts';

function fingerprint(dist: string): string {
  const hash = createHash('sha256');
  for (const file of filesUnder(dist).sort()) hash.update(relative(dist, file)).update(readFileSync(file));
  return hash.digest('hex');
}

describe('npm run build', () => {
  const copy = copyProject();

  it('refuses the draft-preview variable, so a production build can never publish drafts', () => {
    const build = runScript(copy, 'build', [], { BOPRAKSIS_UTKAST: '1' });
    assert.notEqual(build.status, 0);
    assert.match(build.output, /BOPRAKSIS_UTKAST er satt/);
    assert.equal(existsSync(join(copy, 'dist')), false);
  });

  it('replaces dist/ only when the whole build succeeds: a failed build leaves the last good site as it was', () => {
    assert.equal(runScript(copy, 'build').status, 0);
    const good = fingerprint(join(copy, 'dist'));
    const broken = join(copy, 'content/metoder/bolig-forst.mdx');
    // A body that fails while the pages compile, after Astro has started writing its output.
    writeFileSync(broken, `${readFileSync(broken, 'utf8')}\n\n{1 + 1}\n`);
    const build = runScript(copy, 'build');
    assert.notEqual(build.status, 0, build.output);
    assert.match(build.output, /dist\/ er ikke endret/);
    assert.equal(fingerprint(join(copy, 'dist')), good);
    assert.deepEqual(
      readdirSync(copy).filter((name) => name.startsWith('.dist-')),
      [],
    );
  });
});
