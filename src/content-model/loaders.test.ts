import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import type { LoaderContext } from 'astro/loaders';
import { bopraksisLoader } from './loaders.ts';

// The loader runs inside Astro; here it gets the parts of Astro's loader context it uses, with a store that records
// what reaches the site.

const PROJECT = new URL('../../', import.meta.url);

function scratch(): string {
  const root = mkdtempSync(join(tmpdir(), 'bopraksis-loader-'));
  mkdirSync(join(root, 'content/data'), { recursive: true });
  cpSync(new URL('content/data/kommuner.yaml', PROJECT), join(root, 'content/data/kommuner.yaml'));
  return root;
}

function context(root: string, onParse: () => void) {
  const stored = new Map<string, unknown>();
  const quiet = () => {};
  const ctx = {
    collection: 'kommuner',
    config: { root: pathToFileURL(`${root}/`) },
    logger: { info: quiet, warn: quiet, error: quiet, debug: quiet },
    parseData: async ({ data }: { data: unknown }) => {
      onParse();
      return data;
    },
    store: {
      clear: () => stored.clear(),
      set: ({ id, data }: { id: string; data: unknown }) => {
        stored.set(id, data);
        return true;
      },
      delete: (id: string) => stored.delete(id),
    },
  };
  return { ctx: ctx as unknown as LoaderContext, stored };
}

test('en datafil leses fra teksten Astro leste, også når filen endres underveis (git bytter gren)', async () => {
  const root = scratch();
  // As when decap-server checks out another branch while Astro goes through the entries: the file is gone.
  const { ctx, stored } = context(root, () => rmSync(join(root, 'content/data/kommuner.yaml'), { force: true }));
  await bopraksisLoader('kommuner').load(ctx);
  assert.ok(stored.size > 1, `bare ${stored.size} kommuner kom med`);
  assert.equal((stored.get('bodo') as { navn: string }).navn, 'Bodø');
});

test('en datafil som ikke er en liste stopper bygget med leserens melding', async () => {
  const root = scratch();
  writeFileSync(join(root, 'content/data/kommuner.yaml'), 'navn: Bodø\n');
  const { ctx, stored } = context(root, () => {});
  await assert.rejects(bopraksisLoader('kommuner').load(ctx), /kan ikke leses trygt[\s\S]*Filen må være en YAML-liste/);
  assert.equal(stored.size, 0);
});
