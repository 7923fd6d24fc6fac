// The browser tests' second web server (playwright.config.ts): builds the fixture site if its inputs changed
// (fixture-site.ts), then serves it with nginx and the production configuration, until Playwright stops it.
import { startNginx } from './nginx.ts';
import { FIXTURE_DIST, buildFixtureSite } from './fixture-site.ts';
import { PORTS } from './ports.ts';

buildFixtureSite();
const server = await startNginx(FIXTURE_DIST, PORTS.fixtureSite);
console.log(`nginx serverer testnettstedet på ${server.url}`);
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => void server.close().then(() => process.exit(0)));
}
server.process.on('exit', (code) => process.exit(code ?? 1));
