import type { PluginCreator } from 'postcss';

const OTHER_SCHEME = /\[data-color-scheme=["']?(dark|auto)["']?\]/;

/**
 * Designsystemet's theme defines a dark and an automatic colour scheme besides the light one. Bopraksis sets no
 * `data-color-scheme`, so they never apply, yet they were a sixth of the stylesheet every page loads. This drops the
 * dark layer and every rule that only selects the dark or automatic scheme.
 */
const lightSchemeOnly: PluginCreator<void> = () => ({
  postcssPlugin: 'bopraksis-light-scheme-only',
  AtRule: {
    layer(atRule) {
      if (atRule.params === 'ds.theme.color-scheme.dark' && atRule.nodes) atRule.remove();
    },
  },
  Rule(rule) {
    if (!rule.selectors.every((selector) => OTHER_SCHEME.test(selector))) return;
    const parent = rule.parent;
    rule.remove();
    if (parent?.type === 'atrule' && parent.nodes?.length === 0) parent.remove();
  },
});
lightSchemeOnly.postcss = true;

export default lightSchemeOnly;
