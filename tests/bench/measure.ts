import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { filesUnder } from '../built-site/built-site.ts';

export interface Timed {
  seconds: number;
  /** Peak resident memory of the process, in MB, from GNU time; undefined where it is not installed. */
  peakMB?: number;
}

const GNU_TIME = '/usr/bin/time';

/** Runs a command and measures wall time and peak memory. Throws if it fails: a failed build has no figures. */
export function timed(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Timed {
  const useTime = existsSync(GNU_TIME);
  const start = process.hrtime.bigint();
  const run = useTime
    ? spawnSync(GNU_TIME, ['-f', 'BENCH_MAXRSS_KB=%M', command, ...args], {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, ...env },
        maxBuffer: 256 * 1024 * 1024,
      })
    : spawnSync(command, args, {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, ...env },
        maxBuffer: 256 * 1024 * 1024,
      });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0)
    throw new Error(`${command} ${args.join(' ')} feilet i ${cwd}:\n${run.stdout}\n${run.stderr}`.slice(-4000));
  const kb = /BENCH_MAXRSS_KB=(\d+)/.exec(run.stderr ?? '')?.[1];
  return { seconds, peakMB: kb ? Number(kb) / 1024 : undefined };
}

export function sizeOf(dir: string): number {
  return existsSync(dir) ? filesUnder(dir).reduce((sum, file) => sum + statSync(file).size, 0) : 0;
}
