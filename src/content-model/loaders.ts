import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { file, glob, type Loader, type LoaderContext } from 'astro/loaders';
import { COLLECTION_SOURCES } from './collections.ts';
import { showDrafts } from './drafts.ts';
import type { CollectionName, ReferenceFactory } from './schemas/reference.ts';
import { checkKeys } from './validation/check-content.ts';
import { formatProblem, isSafetyCode, type Problem } from './validation/problem.ts';
import { parseDataEntries, readMdxEntry, type SourceEntry } from './validation/read-content.ts';

const SKIPPED = Symbol('skipped');

// Only the schema's shape is needed here (which keys exist), so references can be plain strings.
const anyReference = (() => z.string()) as unknown as ReferenceFactory;

/**
 * Reads a collection where `COLLECTION_SOURCES` says it lives, through the project's own reader: Astro gets the data
 * we parsed and checked, not its own parse of the file. Ids come from file names only (a `slug` key is refused). An
 * entry that breaks a safety rule never reaches Astro, drafts included: the build stops, the preview leaves it out.
 * Drafts (decided by the parsed `utkast: true`) stay out of a production build; in the preview
 * (`npm run forhandsvis`) they are loaded, and one that does not validate yet is left out with a warning.
 */
export function bopraksisLoader(collection: CollectionName): Loader {
  const source = COLLECTION_SOURCES[collection];
  // A data file is parsed by our reader from the text Astro's file loader read, and each item Astro hands back to
  // parseData is looked up here: re-reading the file could see another version (git checks out a review branch and
  // back while `npm run redaksjon` runs), and an entry that is there would be reported as unreadable.
  const readItems = new WeakMap<object, { entry?: SourceEntry; problems: Problem[] }>();
  const parser = (text: string) => {
    const { entries, problems } = parseDataEntries(collection, text);
    if (entries.length === 0 && problems.some((p) => !p.notice && !p.warning)) {
      // A file that cannot be read as a list gives one item carrying its problems, so the build stops on it.
      const item = { id: source.path };
      readItems.set(item, { problems });
      return [item];
    }
    return entries.map((entry) => {
      const item = { id: entry.id };
      readItems.set(item, { entry, problems: [] });
      return item;
    });
  };
  const inner =
    source.kind === 'mdx'
      ? glob({ pattern: '*.mdx', base: source.path, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') })
      : file(source.path, { parser });
  const schema = source.schema(anyReference);
  const preview = showDrafts();
  return {
    ...inner,
    name: `bopraksis:${collection}`,
    load: (context: LoaderContext) => {
      const root = fileURLToPath(context.config.root);
      const ours = (props: {
        id: string;
        data: unknown;
        filePath?: string;
      }): { entry?: SourceEntry; problems: Problem[] } => {
        if (source.kind === 'mdx') {
          return readMdxEntry(root, collection, relative(root, props.filePath ?? '').replace(/\\/g, '/'));
        }
        return readItems.get(props.data as object) ?? { problems: [] };
      };
      const parseData: LoaderContext['parseData'] = async (props) => {
        // Gone since Astro listed it (a branch switch under `npm run redaksjon`): the watcher removes it next.
        if (source.kind === 'mdx' && props.filePath && !existsSync(props.filePath)) return SKIPPED as never;
        const { entry, problems } = ours(props);
        const unsafe = [...problems, ...(entry ? checkKeys(entry, schema) : [])].filter((p) => isSafetyCode(p.code));
        if (!entry || unsafe.length > 0) {
          const list = (unsafe.length ? unsafe : problems).map(formatProblem).join('\n');
          const message = `${props.id} kan ikke leses trygt og vises ikke. Kjør npm run sjekk.\n${list}`;
          if (!preview) throw new Error(message);
          context.logger.error(message);
          return SKIPPED as never;
        }
        const checked = { ...props, data: entry.data as typeof props.data };
        if (!entry.draft) return context.parseData(checked);
        if (!preview) return SKIPPED as never;
        try {
          return await context.parseData(checked);
        } catch {
          context.logger.warn(`Utkastet ${props.id} er ikke komplett ennå og vises ikke. Kjør npm run sjekk.`);
          return SKIPPED as never;
        }
      };
      const store = new Proxy(context.store, {
        get(target, property, receiver) {
          if (property === 'set') {
            return (entry: Parameters<typeof target.set>[0]) => {
              if ((entry.data as unknown) !== SKIPPED) return target.set(entry);
              target.delete(entry.id);
              return false;
            };
          }
          const value = Reflect.get(target, property, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      return inner.load({ ...context, parseData, store });
    },
  };
}
