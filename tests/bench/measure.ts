import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
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
    ? spawnSync(GNU_TIME, ['-f', 'BENCH_MAXRSS_KB=%M', command, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 256 * 1024 * 1024 })
    : spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 256 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} feilet i ${cwd}:\n${run.stdout}\n${run.stderr}`.slice(-4000));
  const kb = /BENCH_MAXRSS_KB=(\d+)/.exec(run.stderr ?? '')?.[1];
  return { seconds, peakMB: kb ? Number(kb) / 1024 : undefined };
}

export function sizeOf(dir: string): number {
  return existsSync(dir) ? filesUnder(dir).reduce((sum, file) => sum + statSync(file).size, 0) : 0;
}

export interface Transfer {
  html: number;
  css: number;
  js: number;
  total: number;
}

const gz = (text: string | Buffer) => gzipSync(text, { level: 6 }).length;

/** Gzip size of one page's HTML and the CSS and JS it loads at once (not Pagefind's on-demand index). */
export function transferOf(dist: string, path: string): Transfer {
  const html = readFileSync(join(dist, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8');
  const root = parse(html);
  const css = root
    .querySelectorAll('link[rel="stylesheet"]')
    .map((el) => gz(readFileSync(join(dist, el.getAttribute('href') ?? ''))))
    .reduce((a, b) => a + b, 0);
  const js = root
    .querySelectorAll('script[src]')
    .map((el) => gz(readFileSync(join(dist, el.getAttribute('src') ?? ''))))
    .reduce((a, b) => a + b, 0);
  const htmlSize = gz(html);
  return { html: htmlSize, css, js, total: htmlSize + css + js };
}
