import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { copyProject, runScript } from '../support/project-copy.ts';
import { DIST, filesUnder } from './built-site.ts';

function fingerprint(dist: string): Map<string, string> {
  return new Map(
    filesUnder(dist).map((file) => [
      relative(dist, file),
      createHash('sha256').update(readFileSync(file)).digest('hex'),
    ]),
  );
}

describe('the build', () => {
  it('is deterministic: a second build of the same content, in another folder, gives identical files', () => {
    const copy = copyProject({ git: true });
    const build = runScript(copy, 'build');
    assert.equal(build.status, 0, build.output);
    const first = fingerprint(DIST);
    const second = fingerprint(join(copy, 'dist'));
    assert.deepEqual([...second.keys()].sort(), [...first.keys()].sort());
    const differing = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
    assert.deepEqual(differing, []);
  });
});
