import { expect, test } from '@playwright/test';
import { DEMO_CAMPAIGN, expectNoAxeViolations, failOnBrowserErrors, waitForHydration } from './helpers';

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('the demo sign-in returns to the page and sign-out ends the session', async ({ page }) => {
      const errors = failOnBrowserErrors(page);
      await page.goto(`${DEMO_CAMPAIGN}?sort=newest`);
      if (javaScriptEnabled) await waitForHydration(page);
      await page.getByRole('link', { name: 'Sign in' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
      await expect(page).toHaveTitle('Sign in – Ideas and Apps');

      await page.getByLabel('Moderator').check();
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page).toHaveURL(`${DEMO_CAMPAIGN}?sort=newest`);
      await expect(page.locator('.account-name')).toHaveText('Signed in as Demo moderator');

      await page.getByRole('button', { name: 'Sign out' }).click();
      await expect(page).toHaveURL('/');
      await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
      await expect(page.locator('.account-name')).toHaveCount(0);
      expect(errors).toEqual([]);
    });
  });
}

test('the sign-in page and a signed-in page have no accessibility violations', async ({ page }) => {
  await page.goto('/sign-in');
  await waitForHydration(page);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('.account-name')).toBeVisible();
  await waitForHydration(page);
  await expectNoAxeViolations(page);
});
