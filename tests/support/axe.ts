import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The rules we hold every page to: WCAG 2.2 AA (with the 2.0 and 2.1 rules it includes) and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Rules switched off everywhere, each with its reason. Keep this list short: an exclusion hides real barriers.
 * (None today. Add `'rule-id', // why` here rather than in a test.)
 */
const DISABLED_RULES: string[] = [];

/**
 * Runs axe on the page as it is now and returns one line per violation («rule: selector, selector»), so a failing
 * test names what to fix. `include` limits the audit to part of the page.
 */
export async function axeViolations(page: Page, options: { include?: string } = {}): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (DISABLED_RULES.length > 0) builder = builder.disableRules(DISABLED_RULES);
  if (options.include) builder = builder.include(options.include);
  const { violations } = await builder.analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
