// `npm run forhandsvis` (the draft preview, Astro's dev server) in a project copy, for tests that request its pages.
import { spawn } from 'node:child_process';

export async function startPreview(
  root: string,
  port: number,
): Promise<{ url: string; output: () => string; close: () => Promise<void> }> {
  const child = spawn('npm', ['run', '--silent', 'forhandsvis'], {
    cwd: root,
    env: { ...process.env, BOPRAKSIS_FORHANDSVIS_PORT: String(port), ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`forhandsvis stoppet:\n${output}`);
    if (i > 600) throw new Error(`forhandsvis svarte ikke på ${url}:\n${output}`);
    try {
      await fetch(`${url}/`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    output: () => output,
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      // npm starts astro in a child process of its own: stop the whole group.
      process.kill(-(child.pid ?? 0), 'SIGTERM');
      await exited;
    },
  };
}
