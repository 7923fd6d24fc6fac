// `astro:content` exists only inside an Astro build. Unit tests of the site's pure helpers (facets, related cases,
// «Kommuner som min») import modules that import it, and pass a hand-made Catalogue instead of loading content; this
// resolves the import to a module whose getCollection refuses, so no test can read the real content by accident.
// Import this first, then the module under test with `await import(…)`: static imports are resolved before it runs.
import { registerHooks } from 'node:module';

const REFUSING = `export function getCollection() { throw new Error('astro:content finnes bare i et Astro-bygg: gi testen en Catalogue'); }`;

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'astro:content')
      return { url: `data:text/javascript,${encodeURIComponent(REFUSING)}`, shortCircuit: true };
    return nextResolve(specifier, context);
  },
});
