import { spawnSync } from 'node:child_process';
import { COLLECTION_SOURCES } from '../content-model/collections.ts';

/** One change to a case, from one commit. */
export interface Change {
  /** The commit date, ÅÅÅÅ-MM-DD. */
  date: string;
  /** The commit's subject line. */
  summary: string;
}

const DIR = COLLECTION_SOURCES.eksempler.path;

/**
 * Parses `git log -M --name-status --format=%x00%cs%x09%s` (newest first) into each case's changes, following
 * renames so a case keeps its history when its file is renamed.
 */
export function parseHistory(log: string): Map<string, Change[]> {
  const history = new Map<string, Change[]>();
  // A path as older commits name it → the case id it has today.
  const renamedTo = new Map<string, string>();
  const idOf = (path: string) => /([^/]+)\.mdx$/.exec(path)?.[1];
  for (const block of log.split('\0').slice(1)) {
    const [header = '', ...files] = block.split('\n');
    const [date = '', ...subject] = header.split('\t');
    const change = { date, summary: subject.join('\t').trim() };
    for (const line of files) {
      const [status = '', first = '', second] = line.split('\t');
      if (!first.startsWith(`${DIR}/`)) continue;
      const path = status.startsWith('R') && second ? second : first;
      const id = renamedTo.get(path) ?? idOf(path);
      if (!id) continue;
      if (status.startsWith('R')) renamedTo.set(first, id);
      if (!history.has(id)) history.set(id, []);
      history.get(id)?.push(change);
    }
  }
  return history;
}

/**
 * Every case's changes from git, read with one `git log` per build. Outside a git checkout (a copy of the project in a
 * test, an export without history) there is no history, and the page shows only the publishing date.
 */
function readHistory(root: string): Map<string, Change[]> {
  const run = spawnSync('git', ['log', '-M', '--name-status', '--format=%x00%cs%x09%s', '--', DIR], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return run.status === 0 ? parseHistory(run.stdout) : new Map();
}

let cached: Map<string, Change[]> | undefined;

/** A case's changes, newest first; empty without git history. */
export function changesOf(id: string, root = process.cwd()): Change[] {
  cached ??= readHistory(root);
  return cached.get(id) ?? [];
}
