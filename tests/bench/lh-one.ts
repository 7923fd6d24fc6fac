// scratch: Lighthouse on given paths of a dist
import { resolve } from 'node:path';
import { startNginx } from '../support/nginx.ts';
import { PORTS } from '../support/ports.ts';
import { lighthouse } from './lighthouse.ts';
const [dist, runs, ...paths] = process.argv.slice(2);
const server = await startNginx(resolve(dist!), PORTS.bench);
try {
  for (const p of paths) {
    for (const ff of ['mobil', 'desktop'] as const) {
      const f = lighthouse(`${server.url}${p}`, p, ff, Number(runs));
      console.log(
        p,
        ff,
        'perf',
        f.performance.runs.join(','),
        'tbt',
        f.tbtMs.runs.map(Math.round).join(','),
        'lcp',
        f.lcpMs.runs.map(Math.round).join(','),
        'cls',
        f.cls.runs.map((x) => x.toFixed(3)).join(','),
      );
    }
  }
} finally {
  await server.close();
}
