import type { Loader, LoaderContext } from 'astro/loaders';
import { isDraft, showDrafts } from './drafts.ts';

const SKIPPED = Symbol('draft');

/**
 * Wraps a loader so drafts never reach Astro's validation in a production build: a draft may still lack required
 * fields and must not stop the build. In the preview (`npm run forhandsvis`) drafts are loaded, and one that does
 * not validate yet is left out with a warning; `npm run sjekk` lists what it lacks.
 */
export function draftAwareLoader(loader: Loader): Loader {
  const preview = showDrafts();
  return {
    ...loader,
    load: (context: LoaderContext) => {
      const parseData: LoaderContext['parseData'] = async (props) => {
        if (!isDraft(props.data)) return context.parseData(props);
        if (!preview) return SKIPPED as never;
        try {
          return await context.parseData(props);
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
      return loader.load({ ...context, parseData, store });
    },
  };
}
