import { test as base, expect, type Page } from '@playwright/test';
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

/** Everything the browser reported about a page: console errors, crashes, failed requests. */
const browserLogs = new WeakMap<Page, string[]>();

function browserLog(page: Page): string[] {
  let log = browserLogs.get(page);
  if (!log) {
    const entries: string[] = [];
    page.on('console', (msg) => entries.push(`console.${msg.type()}: ${msg.text()}`));
    page.on('pageerror', (err) => entries.push(`page error: ${err.message}`));
    page.on('requestfailed', (req) => entries.push(`request failed: ${req.url()} ${req.failure()?.errorText}`));
    page.on('response', (res) => {
      if (res.request().isNavigationRequest()) {
        const csp = res.headers()['content-security-policy'] ?? '(none)';
        entries.push(`document ${res.status()} ${res.url()} csp: ${csp.slice(0, 60)}`);
      } else if (res.status() >= 400) {
        entries.push(`HTTP ${res.status()}: ${res.url()}`);
      }
    });
    browserLogs.set(page, entries);
    log = entries;
  }
  return log;
}

/**
 * Playwright's `test`, with every page recording what the browser reports from its first
 * request, so that a failed wait for hydration can say why (a panic, a wasm file that did
 * not load) instead of only timing out.
 */
export const test = base.extend({
  page: async ({ page }, use) => {
    browserLog(page);
    await use(page);
  },
});
export { expect };

/** Waits until the wasm bundle has hydrated the page. */
export async function waitForHydration(page: Page) {
  const log = browserLog(page);
  try {
    // Generous: a debug wasm bundle on a loaded 2-core machine can take a while.
    await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });
  } catch (error) {
    throw new Error(`the page did not hydrate; the browser reported:\n${log.join('\n') || '(nothing)'}\n${error}`);
  }
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

/** The ids of the ideas listed, in order: stable while other tests edit titles. */
export async function ideaIds(page: Page): Promise<string[]> {
  const hrefs = await page.locator('.idea-card h3 a').evaluateAll((links) =>
    links.map((a) => a.getAttribute('href') ?? ''),
  );
  return hrefs.map((href) => href.replace(/^\/ideas\//, '').split('-')[0]);
}

/** Signs in through the test OpenID Connect provider as a new person called `login`. */
/** Signs in with the local demo sign-in as `role` (its label on the sign-in page), as
 * a fresh visitor, and lands on `returnTo`. */
export async function demoSignIn(page: Page, role: string, returnTo = '/account') {
  await page.context().clearCookies();
  await page.goto(`/sign-in?return_to=${encodeURIComponent(returnTo)}`);
  await page.getByLabel(role, { exact: true }).check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(returnTo);
}

export async function signInWithTestId(page: Page, login: string) {
  await page.goto('/sign-in?return_to=%2Faccount');
  await page.getByRole('link', { name: 'Sign in with Test ID' }).click();
  await page.locator('input[name=login]').fill(login);
  await page.locator('input[name=password]').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await chooseHowYouAppear(page);
  await expect(page).toHaveURL('/account');
}

/// A first sign-in with a provider: keep the name it suggests, say which group you are
/// in, and create the account.
export async function chooseHowYouAppear(page: Page, group = 'Member of the public') {
  await expect(page).toHaveURL('/welcome');
  await page.getByLabel(group).check();
  await page.getByRole('button', { name: 'Create your account' }).click();
}
