import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { COLLECTION_SOURCES } from '../content-model/collections.ts';

/** Largest chunk of compiled content, in bytes: at 5,000 cases one chunk would be about 80 MB. */
const MAX_CHUNK_BYTES = 8_000_000;

interface BundlerLog {
  code?: string;
  id?: string;
  message: string;
}

/**
 * Astro marks each entry's asset module with the directive `"use astro:head-inject"`, and the bundler warns, once per
 * entry (1,033 warnings at 1,000 cases), that a directive inside a shared chunk may not be kept. Nothing reads it
 * after Astro's own transform (it occurs nowhere else in Astro), and the pages are the same byte for byte; so that one
 * warning, for content modules only, is not shown. Every other warning is.
 */
function isInertDirective(log: BundlerLog, isContent: (id: string) => boolean) {
  return (
    log.code === 'MODULE_LEVEL_DIRECTIVE' &&
    log.message.includes('"use astro:head-inject"') &&
    isContent(log.id ?? log.message.match(/ in "([^"]+)"/)?.[1] ?? '')
  );
}

/**
 * Bundles the compiled MDX entries for prerendering into a few large chunks instead of two files per entry. Astro
 * writes those files into dist/.prerender/, imports them to render the pages and deletes them: at 1,000 cases that
 * was 2,146 files, and this machine's file system (ext4 without a journal) makes every file created in the next
 * minutes, Pagefind's index among them, pay for the inodes just freed. With the groups, 75 files; the build took
 * 20.7 s against 30.3 s, and dist/ was the same byte for byte. Only the build's server side changes: pages and
 * browser files are as before.
 */
export default function contentChunks(): AstroIntegration {
  return {
    name: 'bopraksis:content-chunks',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const folders = Object.values(COLLECTION_SOURCES)
          .filter((source) => source.kind === 'mdx')
          .map((source) => join(root, source.path, '/'));
        // Module ids are absolute; a log's message names the file relative to the project.
        const isContent = (id: string) => {
          const path = isAbsolute(id) ? id : join(root, id);
          return folders.some((folder) => path.startsWith(folder));
        };
        updateConfig({
          vite: {
            // At the top: Astro keeps only `output` of an environment's own rolldownOptions.
            build: {
              rolldownOptions: {
                onLog(level: string, log: BundlerLog, handler: (level: string, log: BundlerLog) => void) {
                  if (!isInertDirective(log, isContent)) handler(level, log);
                },
              },
            },
            environments: {
              prerender: {
                build: {
                  rolldownOptions: {
                    output: {
                      codeSplitting: { groups: [{ name: 'innhold', test: isContent, maxSize: MAX_CHUNK_BYTES }] },
                    },
                  },
                },
              },
            },
          },
        });
      },
    },
  };
}
