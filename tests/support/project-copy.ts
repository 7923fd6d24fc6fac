import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A throwaway copy of the project for tests that change content and build it. Vite resolves source through links
 * to their real path, so the code is copied; only node_modules is linked.
 */
export function copyProject(options: { content?: string[]; git?: boolean } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'bopraksis-'));
  for (const name of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json', '.gitignore']) {
    cpSync(join(PROJECT, name), join(root, name), { recursive: true });
  }
  symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'));
  // The change history on case pages comes from git; a copy that must build the same pages needs the same history.
  // (In a git worktree .git is a file pointing at the shared repository, which serves as well.)
  if (options.git) cpSync(join(PROJECT, '.git'), join(root, '.git'), { recursive: true });
  const layers = options.content ?? [PROJECT];
  for (const layer of layers) cpSync(join(layer, 'content'), join(root, 'content'), { recursive: true });
  return root;
}

/** Runs one of the project's npm scripts in a copy; returns its exit code and output. */
export function runScript(root: string, script: string, args: string[] = [], env: Record<string, string> = {}) {
  const run = spawnSync('npm', ['run', '--silent', script, '--', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}
