import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The WCAG levels the project holds itself to (WCAG 2.2 AA, issue 19). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core on the page as it is now and fails with a readable list — rule, impact, the elements (CSS targets)
 * and axe's summary — when it finds a serious or critical violation. Minor and moderate ones are not failures.
 */
export async function expectNoSeriousA11yViolations(page: Page, label: string): Promise<void> {
  // Colours are judged once fades and ripples are over (a button caught mid-transition is not the page's contrast).
  await page.evaluate(() => Promise.race([
    Promise.all(document.getAnimations().filter((a) => a.effect?.getTiming().iterations !== Infinity).map((a) => a.finished.catch(() => undefined))),
    new Promise((resolve) => setTimeout(resolve, 2_000)),
  ]));
  // @axe-core/playwright types its page as @playwright/test's; playwright-core's is the same object.
  const results = await new AxeBuilder({ page: page as never }).withTags(WCAG_TAGS).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (serious.length === 0) return;
  const lines = serious.flatMap((v) => [
    `- ${v.id} (${v.impact}): ${v.help}`,
    ...v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ').slice(0, 200)}` : ''}`),
    ...(v.nodes.length > 5 ? [`    … and ${v.nodes.length - 5} more`] : []),
  ]);
  throw new Error(`axe-core: ${serious.length} serious/critical accessibility violation(s) on ${label} (${page.url()}):\n${lines.join('\n')}`);
}
