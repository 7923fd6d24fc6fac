import { spawn, type ChildProcess, execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { startGate } from '../../editor/gate.ts';
import { PORTS } from '../../../tests/support/ports.ts';

/**
 * `npm run redaksjon`: the browser editor on this machine. Starts the site (`astro dev`), decap-server in git mode
 * (drafts and reviews become branches, publishing a merge) and the gate that runs sjekk before a merge, all on
 * 127.0.0.1, and prints the address of /admin/. Ports come from tests/support/ports.ts (BOPRAKSIS_PORT_BASE).
 */
const { values } = parseArgs({ options: { rot: { type: 'string' } }, allowPositionals: true });
const root = values.rot ?? fileURLToPath(new URL('../../../', import.meta.url));

let branch: string;
try {
  branch = execFileSync('git', ['branch', '--show-current'], { cwd: root, encoding: 'utf8' }).trim();
} catch {
  console.error(`${root} er ikke et git-depot. Redigering i nettleseren lagrer hver endring som en git-commit.`);
  process.exit(1);
}
if (branch !== 'main') {
  console.error(
    `Redigering i nettleseren publiserer til grenen main, men depotet står på «${branch || 'ingen gren'}». Kjør git switch main først.`,
  );
  process.exit(1);
}

const require = createRequire(import.meta.url);
const children: ChildProcess[] = [];
const quiet = { stdio: ['ignore', 'ignore', 'inherit'] as ('ignore' | 'inherit')[] };

children.push(
  spawn(process.execPath, [join(dirname(require.resolve('decap-server/package.json')), 'dist/index.js')], {
    ...quiet,
    env: {
      ...process.env,
      MODE: 'git',
      PORT: String(PORTS.decapServer),
      BIND_HOST: '127.0.0.1',
      GIT_REPO_DIRECTORY: root,
      LOG_LEVEL: 'warn',
    },
  }),
);
children.push(
  spawn(
    process.execPath,
    [
      join(dirname(require.resolve('astro/package.json')), 'bin/astro.mjs'),
      'dev',
      '--host',
      '127.0.0.1',
      '--port',
      String(PORTS.redaksjonSite),
    ],
    {
      ...quiet,
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    },
  ),
);

function stop() {
  for (const child of children) child.kill('SIGTERM');
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
// If one service stops, the editor cannot work; stop the rest rather than leave half of it running.
for (const child of children) {
  child.on('exit', (code) => {
    console.error(
      `En av tjenestene stoppet${code ? ` (kode ${code})` : ''}. Er en annen «npm run redaksjon» i gang? Da bruker den de samme portene.`,
    );
    for (const other of children) other.kill('SIGTERM');
    process.exit(1);
  });
}

await startGate({ root, port: PORTS.redaksjon, decapPort: PORTS.decapServer, sitePort: PORTS.redaksjonSite, branch });
console.log(`Redigering: http://127.0.0.1:${PORTS.redaksjon}/admin/`);
console.log('Nettstedet vises på samme adresse. Trykk Ctrl+C for å stoppe.');
