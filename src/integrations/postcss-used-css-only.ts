import purgeCSSPlugin from '@fullhuman/postcss-purgecss';
import { ALLOWED_ELEMENTS } from '../content-model/validation/safe-content.ts';

/**
 * Keeps only the CSS the site can use: every class, id, attribute and element that appears in the site's source
 * (components, pages, scripts). Designsystemet ships styles for far more than Bopraksis uses, and the stylesheet is
 * on every page's critical path. It runs inside Vite's CSS pipeline, so the file's hash covers the result and
 * immutable caching stays safe.
 *
 * Content files are not scanned: the safety rules let a body hold no markup but Markdown's own and the few elements
 * in ALLOWED_ELEMENTS, none with a class, so content can name nothing a stylesheet styles. Scanning it cost two
 * seconds of a 1,000-case build and changed no byte of the CSS.
 */
export default function usedCssOnly() {
  return purgeCSSPlugin({
    content: ['src/**/*.{astro,ts}'],
    // Markdown makes these elements from syntax, and content may write the allowed ones, so their names need not appear in the source. `&`: PurgeCSS drops a
    // nested rule that starts with it (`&:hover`, `& :is(a, span)`; FullHuman/purgecss#1153); the rule's own names
    // are still checked, and its parent's by the parent. tests/built-site/css-coverage.test.ts fails if a class
    // the pages use, or a rule that matches a built page, was dropped.
    safelist: {
      standard: [
        /^(p|ul|ol|li|table|thead|tbody|tr|th|td|caption|blockquote|strong|em|a|h[1-6]|code|hr)$/,
        ...Object.keys(ALLOWED_ELEMENTS),
        '&',
      ],
    },
    // Custom properties are resolved at run time and cost little; keep them all.
    variables: false,
    keyframes: false,
  });
}
