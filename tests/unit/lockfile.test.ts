// package-lock.json must let `npm ci` install on every platform the project is developed on. A package that ships
// native binaries (esbuild, rolldown, lightningcss, Biome, Pagefind, sharp …) lists one optional package per platform;
// npm installs only the one that fits, but only if the lockfile has an entry for it. A lockfile written by some npm
// versions from an existing node_modules keeps only the current platform's entry. README: «Låsefila».
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import test from 'node:test';

interface LockEntry {
  version?: string;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
}
interface Lockfile {
  packages: Record<string, LockEntry>;
}
interface Platform {
  os: string;
  cpu: string;
  libc?: string;
}

/** Where the project is developed and built: Linux (glibc and musl, e.g. Alpine CI images), macOS, Windows. */
const PLATFORMS: Platform[] = [
  { os: 'linux', cpu: 'x64', libc: 'glibc' },
  { os: 'linux', cpu: 'x64', libc: 'musl' },
  { os: 'linux', cpu: 'arm64', libc: 'glibc' },
  { os: 'linux', cpu: 'arm64', libc: 'musl' },
  { os: 'darwin', cpu: 'x64' },
  { os: 'darwin', cpu: 'arm64' },
  { os: 'win32', cpu: 'x64' },
];

const label = (p: Platform) => [p.os, p.cpu, p.libc].filter(Boolean).join(' ');

/** The lockfile key a package named `name` resolves to from the package at `from`, as Node looks it up. */
function resolve(lock: Lockfile, from: string, name: string): string | undefined {
  let base = from;
  for (;;) {
    const key = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (lock.packages[key]) return key;
    if (!base) return undefined;
    const parent = base.lastIndexOf('/node_modules/');
    base = parent < 0 ? '' : base.slice(0, parent);
  }
}

/** npm's rule for the os/cpu/libc fields: absent allows all; `!x` excludes x; otherwise the value must be listed. */
function allows(values: string[] | undefined, value: string | undefined): boolean {
  if (!values?.length || value === undefined) return true;
  if (values.includes(`!${value}`)) return false;
  const positive = values.filter((v) => !v.startsWith('!'));
  return positive.length === 0 || positive.includes(value);
}

const fits = (entry: LockEntry, p: Platform) =>
  allows(entry.os, p.os) && allows(entry.cpu, p.cpu) && allows(entry.libc, p.libc);
const isPlatformSpecific = (entry: LockEntry) => Boolean(entry.os?.length || entry.cpu?.length);

/** What keeps `npm ci` from installing somewhere: optional packages without an entry, and platforms without a binary. */
function lockfileGaps(lock: Lockfile, platforms: Platform[] = PLATFORMS): string[] {
  const gaps: string[] = [];
  for (const [key, entry] of Object.entries(lock.packages)) {
    const owner = key || '(the project)';
    const binaries: LockEntry[] = [];
    for (const name of Object.keys(entry.optionalDependencies ?? {})) {
      const found = resolve(lock, key, name);
      if (!found) gaps.push(`${owner}: ${name} is missing`);
      else if (isPlatformSpecific(lock.packages[found]!)) binaries.push(lock.packages[found]!);
    }
    // One platform-specific optional package (fsevents) is a feature of that platform, not a set of binaries.
    if (binaries.length < 2) continue;
    for (const platform of platforms) {
      if (!binaries.some((b) => fits(b, platform))) gaps.push(`${owner}: no binary for ${label(platform)}`);
    }
  }
  return gaps;
}

// A hand-made package with one binary per platform, shaped like esbuild's.
function tool(binaries: Record<string, LockEntry>): Lockfile {
  const packages: Record<string, LockEntry> = {
    '': {},
    'node_modules/tool': {
      version: '1.0.0',
      optionalDependencies: Object.fromEntries(Object.keys(binaries).map((n) => [n, '1.0.0'])),
    },
  };
  for (const [name, entry] of Object.entries(binaries))
    packages[`node_modules/${name}`] = { version: '1.0.0', ...entry };
  return { packages };
}
const ALL = {
  '@tool/linux-x64-gnu': { os: ['linux'], cpu: ['x64'], libc: ['glibc'] },
  '@tool/linux-x64-musl': { os: ['linux'], cpu: ['x64'], libc: ['musl'] },
  '@tool/linux-arm64': { os: ['linux'], cpu: ['arm64'] },
  '@tool/darwin-x64': { os: ['darwin'], cpu: ['x64'] },
  '@tool/darwin-arm64': { os: ['darwin'], cpu: ['arm64'] },
  '@tool/win32-x64': { os: ['win32'], cpu: ['x64'] },
};

test('a package with a binary for every platform, all in the lockfile, has no gaps', () => {
  assert.deepEqual(lockfileGaps(tool(ALL)), []);
});

test('an optional binary the package lists but the lockfile lacks is reported', () => {
  const lock = tool(ALL);
  delete lock.packages['node_modules/@tool/darwin-arm64'];
  assert.deepEqual(lockfileGaps(lock), [
    'node_modules/tool: @tool/darwin-arm64 is missing',
    'node_modules/tool: no binary for darwin arm64',
  ]);
});

test('a platform no binary fits is reported, by libc too', () => {
  const { '@tool/linux-x64-musl': _musl, '@tool/win32-x64': _windows, ...rest } = ALL;
  assert.deepEqual(lockfileGaps(tool(rest)), [
    'node_modules/tool: no binary for linux x64 musl',
    'node_modules/tool: no binary for win32 x64',
  ]);
});

test('a binary nested under the package that needs it is found there', () => {
  const lock = tool(ALL);
  lock.packages['node_modules/tool/node_modules/@tool/win32-x64'] = lock.packages['node_modules/@tool/win32-x64']!;
  delete lock.packages['node_modules/@tool/win32-x64'];
  assert.deepEqual(lockfileGaps(lock), []);
});

test('a single platform-only optional package (like fsevents) is not a binary set', () => {
  const lock: Lockfile = {
    packages: {
      '': {},
      'node_modules/watcher': { optionalDependencies: { fsevents: '2.3.3' } },
      'node_modules/fsevents': { os: ['darwin'] },
    },
  };
  assert.deepEqual(lockfileGaps(lock), []);
});

test('package-lock.json has every optional binary, for Linux (glibc, musl), macOS and Windows', () => {
  const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as Lockfile;
  const sets = Object.values(lock.packages).filter((e) => Object.keys(e.optionalDependencies ?? {}).length >= 2);
  assert.ok(
    sets.length >= 5,
    `expected esbuild, rolldown, lightningcss, Biome, Pagefind … to list binaries, found ${sets.length}`,
  );
  assert.deepEqual(
    lockfileGaps(lock),
    [],
    'run: rm -rf node_modules && npm install --package-lock-only (README, «Låsefila»)',
  );
});
