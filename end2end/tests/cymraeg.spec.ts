import { DEMO_CAMPAIGN, expect, expectNoAxeViolations, failOnBrowserErrors, test, waitForHydration } from './helpers';

// The service in Welsh: the switcher on every page keeps the page the person was on,
// the choice lasts from page to page, and the Welsh pages are as accessible as the
// English ones. With JavaScript on and off: the switcher is a plain link.
for (const javaScriptEnabled of [true, false]) {
  test.describe(`Cymraeg (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, () => {
    test.use({ javaScriptEnabled });

    test('the switcher keeps the page, the choice lasts, and English is one link away', async ({ page }) => {
      const errors = failOnBrowserErrors(page);
      await page.goto(`${DEMO_CAMPAIGN}?sort=newest`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Cymraeg' }).click();

      // The same list, in the same order, in Welsh.
      await expect(page).toHaveURL(new RegExp(`${DEMO_CAMPAIGN}\\?sort=newest&lang=cy$`));
      await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
      await expect(page.locator('.nhsuk-caption-l')).toHaveText('Ymgyrch');
      await expect(page.locator('.sort-links__current')).toHaveText('Y diweddaraf');
      await expect(page.getByRole('heading', { level: 2, name: /^Syniadau \(\d+\)$/ })).toBeVisible();
      // axe runs in the page, so only with JavaScript (site.spec.ts checks the Welsh
      // pages as the server renders them too).
      if (javaScriptEnabled) {
        await waitForHydration(page);
        await expectNoAxeViolations(page);
      }

      // A plain link to another page: still Welsh, from the cookie.
      await page.getByRole('navigation', { name: 'Dewislen' }).getByRole('link', { name: 'Ymgyrchoedd' }).click();
      await expect(page).toHaveURL(/\/$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Syniadau ac apiau er gwell iechyd');
      await expect(page).toHaveTitle('Hafan – Syniadau ac Apiau');

      // And back to English where the person is.
      await page.getByRole('navigation', { name: 'Iaith' }).getByRole('link', { name: 'English' }).click();
      await expect(page).toHaveURL(/\/\?lang=en$/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ideas and apps for better health');
      expect(errors).toEqual([]);
    });
  });
}

test('a browser that asks for Welsh first gets Welsh', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'cy-GB' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page.getByRole('link', { name: 'Mewngofnodi' })).toBeVisible();
  // The other language's link says its name in its own language, marked as such.
  const english = page.getByRole('navigation', { name: 'Iaith' }).getByRole('link', { name: 'English' });
  await expect(english).toHaveAttribute('lang', 'en');
  await expect(english).toHaveAttribute('hreflang', 'en');
  await context.close();
});
