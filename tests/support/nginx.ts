// Serves a built site with nginx and the project's own production configuration (src/hosting/nginx/), on loopback,
// as it will be deployed: the browser tests run against this, headers and caching included.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PROJECT } from './project-copy.ts';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const MIME_TYPES = '/etc/nginx/mime.types';

export interface NginxServer {
  url: string;
  /** Every request nginx served, as «METHOD /path status», in order. */
  requests: () => string[];
  process: ChildProcess;
  close: () => Promise<void>;
}

// Started as root (as in CI), nginx would hand its workers to «nobody», who may not be allowed into the checkout
// or a test's private temporary copy; on loopback, for tests, they may stay who started it.
function userLine(): string {
  return process.getuid?.() === 0 ? 'user root;\n' : '';
}

/** Writes a minimal nginx.conf around the project's http.conf and server.conf, in a folder of its own. */
function writeConfig(root: string, port: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'bopraksis-nginx-'));
  symlinkSync(join(PROJECT, 'src/hosting/nginx'), join(dir, 'bopraksis'));
  const temp = (name: string) => `${name}_temp_path ${join(dir, name)};`;
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off;
${userLine()}worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log stderr warn;
events { worker_connections 256; }
http {
  include ${MIME_TYPES};
  default_type application/octet-stream;
  log_format bopraksis '$request_method $uri $status';
  access_log ${join(dir, 'access.log')} bopraksis;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  include bopraksis/http.conf;
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    root ${resolve(root)};
    include bopraksis/server.conf;
  }
}
`,
  );
  return dir;
}

async function waitFor(url: string, child: ChildProcess, output: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx stoppet (kode ${child.exitCode}):\n${output()}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`nginx svarte ikke på ${url}:\n${output()}`);
}

/** Starts nginx in the foreground serving `root` on 127.0.0.1:`port`; resolves once it answers. */
export async function startNginx(root: string, port: number): Promise<NginxServer> {
  if (!existsSync(NGINX))
    throw new Error(`Fant ikke nginx på ${NGINX}. Kjør npm test (installerer den) eller apt-get install nginx-light.`);
  const dir = writeConfig(root, port);
  let output = '';
  const child = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', 'stderr'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/`, child, () => output);
  return {
    url,
    process: child,
    requests: () =>
      existsSync(join(dir, 'access.log'))
        ? readFileSync(join(dir, 'access.log'), 'utf8').split('\n').filter(Boolean)
        : [],
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
