import type { PluginCreator } from 'postcss';

const UNUSED_VARIANT = /\[data-(color-scheme=["']?(dark|auto)|typography=["']?secondary)["']?\]/;
const UNUSED_LAYERS = new Set(['ds.theme.color-scheme.dark', 'ds.theme.typography.secondary']);

/**
 * Designsystemet's theme defines a dark and an automatic colour scheme and a secondary typography besides the
 * defaults. Bopraksis sets no `data-color-scheme` or `data-typography`, so they never apply, yet they were a sixth
 * of the stylesheet every page loads. This drops their layers and every rule that only selects them.
 */
const unusedThemeVariants: PluginCreator<void> = () => ({
  postcssPlugin: 'bopraksis-unused-theme-variants',
  AtRule: {
    layer(atRule) {
      if (UNUSED_LAYERS.has(atRule.params) && atRule.nodes) atRule.remove();
    },
  },
  Rule(rule) {
    if (!rule.selectors.every((selector) => UNUSED_VARIANT.test(selector))) return;
    const parent = rule.parent;
    rule.remove();
    if (parent?.type === 'atrule' && parent.nodes?.length === 0) parent.remove();
  },
});
unusedThemeVariants.postcss = true;

export default unusedThemeVariants;
