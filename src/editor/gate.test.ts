import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { PROJECT } from '../../tests/support/project-copy.ts';
import { checkBranch } from './gate.ts';

// A repository as decap-server leaves it: valid content on main, an entry's change on its cms/ branch.
function repository() {
  const root = mkdtempSync(join(tmpdir(), 'bopraksis-gate-'));
  cpSync(join(PROJECT, 'tests/fixtures/sjekk/gyldig/content'), join(root, 'content'), { recursive: true });
  for (const file of ['content/ordbok.txt', 'content/ordbok-sokeord.txt', 'cspell.config.yaml']) {
    cpSync(join(PROJECT, file), join(root, file));
  }
  // The fixture's made-up municipality is a name, accepted the way the spell check's hint tells an editor to.
  appendFileSync(join(root, 'content/ordbok.txt'), '\nTestby\n');
  symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'), 'dir');
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.invalid', ...args], { cwd: root });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'Innhold');
  return { root, git };
}

test('the gate refuses an entry whose change has a misspelt word, and names the word', () => {
  const { root, git } = repository();
  try {
    git('checkout', '-q', '-b', 'cms/eksempler/gyldig-eksempel');
    appendFileSync(
      join(root, 'content/eksempler/gyldig-eksempel.mdx'),
      '\nKommunen samarbeidet med Husbanken om bostøtteordningqz.\n',
    );
    git('commit', '-q', '-am', 'Skrivefeil');
    git('checkout', '-q', 'main');
    const result = checkBranch(root, 'cms/eksempler/gyldig-eksempel', 'main');
    assert.equal(result.ready, false);
    assert.ok(
      result.messages.some((m) => m.includes('«bostøtteordningqz»') && m.includes('content/ordbok.txt')),
      result.messages.join('\n'),
    );
    // The scratch copy's link to node_modules went with it; the project's own did not.
    assert.ok(existsSync(join(PROJECT, 'node_modules', 'cspell')));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('the same change spelt right passes the spell check', () => {
  const { root, git } = repository();
  try {
    git('checkout', '-q', '-b', 'cms/eksempler/gyldig-eksempel');
    appendFileSync(join(root, 'content/eksempler/gyldig-eksempel.mdx'), '\nKommunen samarbeidet med Husbanken.\n');
    git('commit', '-q', '-am', 'Rettet');
    git('checkout', '-q', 'main');
    const result = checkBranch(root, 'cms/eksempler/gyldig-eksempel', 'main');
    assert.deepEqual(
      result.messages.filter((m) => m.includes('Ukjent ord')),
      [],
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
