import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspectContent } from '../content-model/validation/check-content.ts';
import { formatProblem, type Problem } from '../content-model/validation/problem.ts';
import { spellingProblems } from '../content-model/validation/spelling.ts';

/**
 * The loopback gate between the editor and decap-server: Decap's editorial workflow keeps each entry on a branch
 * (`cms/<samling>/<id>`) and publishing merges it into the default branch. The gate runs the project's sjekk on the
 * branch before it lets a merge through, and refuses it with sjekk's Norwegian messages, which Decap shows in the
 * editor. It also serves the site (proxied from `astro dev`) so the editor, its API and the site share one origin.
 */
export interface GateOptions {
  root: string;
  port: number;
  decapPort: number;
  sitePort: number;
  branch: string;
}

export interface CheckResult {
  ready: boolean;
  verdict: string;
  messages: string[];
}

const BRANCH = /^[\w][\w./-]*$/;

function git(root: string, args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function branchExists(root: string, branch: string): boolean {
  try {
    git(root, ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`]);
    return true;
  } catch {
    return false;
  }
}

/** Runs sjekk on a branch's content, in a scratch copy so the working tree decap-server uses is never touched. */
export function checkBranch(root: string, branch: string, base: string): CheckResult {
  if (!BRANCH.test(branch) || !BRANCH.test(base)) throw new Error(`Ugyldig grennavn «${branch}».`);
  const scratch = mkdtempSync(join(tmpdir(), 'bopraksis-sjekk-'));
  try {
    const archive = execFileSync('git', ['archive', '--format=tar', branch, 'content'], {
      cwd: root,
      maxBuffer: 512 * 1024 * 1024,
    });
    execFileSync('tar', ['-x', '-C', scratch], { input: archive });
    const changed = new Set(
      branch === base
        ? []
        : git(root, ['diff', '--name-only', `${base}...${branch}`])
            .split('\n')
            .filter(Boolean),
    );
    const { problems } = inspectContent(scratch);
    // The spell check too, as `npm run sjekk` runs it: the project's cspell config and dictionary package, the
    // branch's own word list (content/ordbok.txt came with the branch's content).
    const config = join(root, 'cspell.config.yaml');
    if (existsSync(config)) {
      copyFileSync(config, join(scratch, 'cspell.config.yaml'));
      symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'), 'dir');
      problems.push(...spellingProblems(scratch, join(scratch, 'cspell.config.yaml')));
    }
    // On the default branch every error counts; on an entry's branch, those in the files it changes.
    const relevant = problems.filter((p: Problem) => !p.warning && (changed.size === 0 || changed.has(p.file)));
    return {
      ready: relevant.length === 0,
      verdict:
        relevant.length === 0
          ? 'Klar til publisering'
          : `Ikke klart til publisering: ${relevant.length} ${relevant.length === 1 ? 'ting gjenstår' : 'ting gjenstår'}`,
      messages: relevant.map(formatProblem),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const entryBranch = (collection: string, slug: string) => `cms/${collection}/${slug}`;

function latestBranch(root: string, collection: string): string | undefined {
  if (!BRANCH.test(collection)) return undefined;
  const ref = git(root, [
    'for-each-ref',
    '--sort=-committerdate',
    '--count=1',
    '--format=%(refname:short)',
    `refs/heads/cms/${collection}/`,
  ]).trim();
  return ref || undefined;
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function sendJson(response: ServerResponse, status: number, value: unknown) {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(value));
}

/**
 * decap-server does one git operation at a time and gives up on a request that waits more than 3 s for the one
 * before it (its mutex's timeout), answering 500. On a busy machine a save or a checkout takes longer, and the
 * editor then fails to load the entry it just saved. So the gate sends it one request at a time.
 */
let decapQueue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = decapQueue.then(task, task);
  decapQueue = run.catch(() => undefined);
  return run;
}

/** Forwards a request; resolves once the answer has been sent (or the connection is gone). */
function forward(request: IncomingMessage, response: ServerResponse, port: number, body?: Buffer): Promise<void> {
  const done = new Promise<void>((resolve) => response.once('close', () => resolve()));
  const headers = { ...request.headers, host: `127.0.0.1:${port}` };
  if (body) headers['content-length'] = String(body.length);
  delete headers.connection;
  // A fresh connection each time: a kept-alive one can be closed by the other side just as a request goes out on it
  // (after sjekk kept the gate busy for a while), and the publish then failed with «socket hang up».
  const options = { host: '127.0.0.1', port, method: request.method, path: request.url, headers, agent: false };
  const upstream = httpRequest(options, (reply) => {
    response.writeHead(reply.statusCode ?? 502, reply.headers);
    reply.pipe(response);
  });
  upstream.on('error', () => {
    if (!response.headersSent)
      sendJson(response, 502, { error: 'Tjenesten svarer ikke ennå. Vent litt og prøv igjen.' });
    else response.destroy();
  });
  if (body) upstream.end(body);
  else request.pipe(upstream);
  return done;
}

export function startGate(options: GateOptions): Promise<Server> {
  const { root, branch } = options;
  const server = createServer(async (request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    try {
      if (request.method === 'POST' && path === '/api/v1') {
        const body = await readBody(request);
        const call = JSON.parse(body.toString('utf8') || '{}') as {
          action?: string;
          params?: { collection?: string; slug?: string };
        };
        // The check and the merge in one turn, so no save can slip in between them.
        await oneAtATime(async () => {
          if (call.action === 'publishUnpublishedEntry' && call.params?.collection && call.params.slug) {
            const result = checkBranch(root, entryBranch(call.params.collection, call.params.slug), branch);
            if (!result.ready) {
              sendJson(response, 422, { error: `${result.verdict}. Rett dette først:\n${result.messages.join('\n')}` });
              return;
            }
          }
          await forward(request, response, options.decapPort, body);
        });
        return;
      }
      if (request.method === 'POST' && path === '/redaksjon/sjekk') {
        const { collection, slug } = JSON.parse((await readBody(request)).toString('utf8')) as {
          collection: string;
          slug: string;
        };
        // A new entry's first save reaches the editor's event without its slug; its branch is then the collection's
        // most recently committed one.
        const candidate = slug ? entryBranch(collection, slug) : latestBranch(root, collection);
        sendJson(
          response,
          200,
          checkBranch(root, candidate && branchExists(root, candidate) ? candidate : branch, branch),
        );
        return;
      }
      void forward(request, response, options.sitePort);
    } catch (error) {
      sendJson(response, 500, { error: error instanceof Error ? error.message : 'Ukjent feil i redaksjonsporten.' });
    }
  });
  return new Promise((resolve) => server.listen(options.port, '127.0.0.1', () => resolve(server)));
}
