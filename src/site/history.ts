import { spawnSync } from 'node:child_process';
import { COLLECTION_SOURCES } from '../content-model/collections.ts';

/** One change to a case, from one commit. */
export interface Change {
  /** The commit date, ÅÅÅÅ-MM-DD. */
  date: string;
  /**
   * What changed, in Norwegian, from the commit's «Endring:» trailer; commit subjects are written for developers, in
   * English. Empty when the commit has none.
   */
  summary: string;
}

const DIR = COLLECTION_SOURCES.eksempler.path;

/** The commit trailer that says, for readers, what a change did: `Endring: Rettet tallene i resultatene.` */
export const TRAILER = 'Endring';

/** Shown for a change whose commit says nothing for readers. */
const UNDESCRIBED = 'Innholdet ble endret.';

/**
 * Parses `git log -M --name-status --format=%x00%cs%x09<Endring trailer>` (newest first) into each case's changes, following
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
  const run = spawnSync(
    'git',
    [
      'log',
      '-M',
      '--name-status',
      `--format=%x00%cs%x09%(trailers:key=${TRAILER},valueonly,separator=%x20)`,
      '--',
      DIR,
    ],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return run.status === 0 ? parseHistory(run.stdout) : new Map();
}

let cached: Map<string, Change[]> | undefined;

/** A case's changes, newest first, one per day; empty without git history. */
export function changesOf(id: string, root = process.cwd()): Change[] {
  cached ??= readHistory(root);
  return byDay(cached.get(id) ?? []);
}

/** One entry per day, with that day's descriptions, so a day of small commits reads as one change. */
export function byDay(changes: readonly Change[]): Change[] {
  const days = new Map<string, Set<string>>();
  for (const change of changes) {
    if (!days.has(change.date)) days.set(change.date, new Set());
    if (change.summary) days.get(change.date)?.add(change.summary);
  }
  return [...days].map(([date, summaries]) => ({ date, summary: [...summaries].join(' ') || UNDESCRIBED }));
}
