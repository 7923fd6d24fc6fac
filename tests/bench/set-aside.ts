import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

// What the bench throws away (a build's output and cache, a copy of the project) is moved aside and deleted only
// when nothing more is timed. On an ext4 file system without a journal, as on this machine and its CI, the kernel
// will not reuse an inode for about five minutes after its file is deleted, and every file created meanwhile pays
// for the search past them: 3,000 new files took 0.5 s on a quiet disk, 1.3 s after 6,000 deletions and 2.3 s after
// 12,000. Deleting each repeat's output before the next build made every build pay for the last few builds'
// deletions, and most so the build that writes the most files. A clean clone's build pays none of it.

let bin: string | undefined;
let moved = 0;

/** Moves `path` out of the way at once: a rename frees no inode. */
export function setAside(path: string): void {
  if (!existsSync(path)) return;
  bin ??= mkdtempSync(join(tmpdir(), 'bopraksis-bench-kast-'));
  try {
    renameSync(path, join(bin, `${moved++}-${basename(path)}`));
  } catch {
    // On another file system a rename cannot move it; then it goes now.
    rmSync(path, { recursive: true, force: true });
  }
}

/** Deletes everything set aside. Called when the run ends or stops. */
export function deleteSetAside(): void {
  if (bin) rmSync(bin, { recursive: true, force: true });
  bin = undefined;
}

process.once('exit', deleteSetAside);
