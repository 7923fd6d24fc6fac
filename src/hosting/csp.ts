import type { AstroUserConfig } from 'astro';

/**
 * The site's Content-Security-Policy. Astro puts it in a meta tag on every page (astro.config.mjs) with the hash of
 * each of its scripts; the web server sends the same policy as a header, plus what a meta tag cannot carry
 * (src/hosting/nginx/http.conf; tests/browser/hosting.spec.ts checks that the two agree).
 */
type Directive =
  NonNullable<NonNullable<AstroUserConfig['security']>['csp']> extends infer C
    ? C extends { directives?: (infer D)[] }
      ? D
      : never
    : never;

export const CSP_DIRECTIVES: Directive[] = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  // No page sets a <base>; 'none' means no injected one can re-point relative links.
  "base-uri 'none'",
  "form-action 'self'",
];

/** Pagefind compiles its WebAssembly search engine, hence 'wasm-unsafe-eval' (it allows no JavaScript eval). */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];

export const STYLE_SOURCES = ["'self'"];
