/** A set of repeated measurements, summarised as the bench reports them: median with min–max. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (!sorted.length) return Number.NaN;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function spread(values: readonly number[]): Spread {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), runs: [...values] };
}

/** «1.23 (1.10–1.40)» with the given digits (or formatter); «–» where nothing was measured. */
export function formatSpread(s: Spread | undefined, digits: number | ((n: number) => string) = 0, unit = ''): string {
  if (!s?.runs.length || Number.isNaN(s.median)) return '–';
  const f = typeof digits === 'number' ? (n: number) => n.toFixed(digits) : digits;
  return s.runs.length === 1 ? `${f(s.median)}${unit}` : `${f(s.median)}${unit} (${f(s.min)}–${f(s.max)})`;
}

/** A Lighthouse score as measured: whole, or with its half when it is the median of an even number of runs. */
export function formatScore(n: number): string {
  return Number.isInteger(n) ? n.toFixed(0) : n.toFixed(1);
}
