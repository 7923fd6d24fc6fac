import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT } from '../support/project-copy.ts';
import { PORTS } from '../support/ports.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser.ts';
import { spread, type Spread } from './stats.ts';

export const FORM_FACTORS = ['mobil', 'desktop'] as const;
export type FormFactor = (typeof FORM_FACTORS)[number];

export interface LighthouseFigures {
  path: string;
  formFactor: FormFactor;
  performance: Spread;
  lcpMs: Spread;
  cls: Spread;
  tbtMs: Spread;
  fcpMs: Spread;
  /** Audits Lighthouse could not compute from this Chromium's trace, with its own message: reported, not hidden. */
  erroredAudits: Record<string, string>;
  /** Runs that failed as a whole (Lighthouse's runtime error), with the message; each was run again. */
  failedRuns: string[];
}

interface LighthouseReport {
  categories: { performance?: { score: number | null } };
  audits: Record<string, { numericValue?: number; scoreDisplayMode?: string; errorMessage?: string }>;
  runtimeError?: { code: string; message: string };
}

// Playwright adds --no-sandbox itself when it must; Lighthouse's launcher does not, and Chromium refuses to start as
// root (as in CI containers) with its sandbox on.
const CHROME_FLAGS = ['--headless', ...CHROMIUM_ARGS, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])];

/** One Lighthouse run (its own CLI process, its own Chromium), performance category only; undefined if it failed. */
function runOnce(url: string, formFactor: FormFactor, dir: string): LighthouseReport | string {
  const output = join(dir, 'report.json');
  const run = spawnSync(
    process.execPath,
    [
      join(PROJECT, 'node_modules/lighthouse/cli/index.js'),
      url,
      '--output=json',
      `--output-path=${output}`,
      '--only-categories=performance',
      `--chrome-path=${CHROMIUM_PATH}`,
      `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
      `--port=${PORTS.benchLighthouse}`,
      '--quiet',
      ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 180_000 },
  );
  if (run.status !== 0)
    return `lighthouse avsluttet med kode ${run.status}: ${(run.stderr || run.stdout || '').trim().split('\n').slice(-3).join(' ')}`;
  const report = JSON.parse(readFileSync(output, 'utf8')) as LighthouseReport;
  rmSync(output, { force: true });
  return report;
}

/**
 * Lighthouse 12.2.3 on one page, mobile (its default: a mid-range phone on simulated slow 4G) or desktop, until it
 * has `runs` reports; the median of each figure is reported with its range.
 */
export function lighthouse(url: string, path: string, formFactor: FormFactor, runs: number): LighthouseFigures {
  const dir = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const reports: LighthouseReport[] = [];
  const failedRuns: string[] = [];
  const erroredAudits: Record<string, string> = {};
  try {
    // A run that fails as a whole (NO_NAVSTART: Lighthouse lost the trace) measured nothing about the page, and a
    // median of fewer runs is not the figure the report names; so it is run again, at most `runs` extra times.
    for (let attempt = 0; reports.length < runs && attempt < 2 * runs; attempt++) {
      const report = runOnce(url, formFactor, dir);
      if (typeof report === 'string') failedRuns.push(report);
      else if (report.runtimeError) failedRuns.push(`${report.runtimeError.code}: ${report.runtimeError.message}`);
      else reports.push(report);
      if (typeof report !== 'string') {
        for (const [id, audit] of Object.entries(report.audits)) {
          if (audit.scoreDisplayMode === 'error')
            erroredAudits[id] = (audit.errorMessage ?? 'feil').split('\n')[0] ?? 'feil';
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const metric = (id: string) =>
    spread(reports.map((r) => r.audits[id]?.numericValue).filter((v): v is number => typeof v === 'number'));
  return {
    path,
    formFactor,
    performance: spread(
      reports
        .map((r) => r.categories.performance?.score)
        .filter((v): v is number => typeof v === 'number')
        .map((v) => v * 100),
    ),
    lcpMs: metric('largest-contentful-paint'),
    cls: metric('cumulative-layout-shift'),
    tbtMs: metric('total-blocking-time'),
    fcpMs: metric('first-contentful-paint'),
    erroredAudits,
    failedRuns,
  };
}
