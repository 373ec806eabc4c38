import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const DEMO_CAMPAIGN = '/campaigns/apps-for-everyday-health';

/** Fails the test on any console error or uncaught exception (a hydration panic shows as one). */
export function failOnBrowserErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
  return errors;
}

/** Waits until the wasm bundle has hydrated the page. */
export async function waitForHydration(page: Page) {
  // Generous: a debug wasm bundle on a loaded 2-core machine can take a while.
  await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });
}

/** Runs axe-core for WCAG 2.0, 2.1 and 2.2, levels A and AA, and expects no violations. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** The titles of the idea cards on the page, in order. */
export async function ideaTitles(page: Page): Promise<string[]> {
  return (await page.locator('.idea-card h3').allTextContents()).map((t) => t.trim());
}
