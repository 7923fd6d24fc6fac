// The browser tests' web server (playwright.config.ts): the production build in dist/, served by nginx with the
// production configuration, until Playwright stops it.
import { join } from 'node:path';
import { startNginx } from './nginx.ts';
import { PORTS } from './ports.ts';
import { PROJECT } from './project-copy.ts';

const server = await startNginx(join(PROJECT, 'dist'), PORTS.site);
console.log(`nginx serverer dist/ på ${server.url}`);
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => void server.close().then(() => process.exit(0)));
}
server.process.on('exit', (code) => process.exit(code ?? 1));
