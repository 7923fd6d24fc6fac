import { createServer, type Server } from 'node:http';
import sirv from 'sirv';

/** Serves a built site on loopback, as a static host would, for tests that build their own copy. */
export async function serveStatic(dir: string, port: number): Promise<{ url: string; close: () => Promise<void> }> {
  const handler = sirv(dir, { dev: true, extensions: ['html'] });
  const server: Server = createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      res.end('Ikke funnet');
    }),
  );
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
