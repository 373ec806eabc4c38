import {
  expect,
  expectNoAxeViolations,
  failOnBrowserErrors,
  signInWithTestId,
  test,
  waitForHydration,
} from './helpers';

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';
  test.describe(mode, () => {
    test.use({ javaScriptEnabled });

    test('a person fixes a mistake in their profile and saves it', async ({ page }) => {
      const login = `profile-${javaScriptEnabled ? 'js' : 'nojs'}-${Date.now()}`;
      await signInWithTestId(page, login);
      // From here on (the provider's own pages load fonts from the internet).
      const errors = failOnBrowserErrors(page);
      if (javaScriptEnabled) await waitForHydration(page);
      await page.getByRole('link', { name: 'Change name shown with your ideas' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your profile');
      if (javaScriptEnabled) await waitForHydration(page);

      // A name that is too long: refused with a message, what was typed is kept.
      const tooLong = 'A name far too long to show beside an idea, written out in full here';
      await page.getByLabel('Name shown with your ideas').fill(tooLong);
      await page.getByLabel('Health or care professional').check();
      await page.getByRole('button', { name: 'Save your profile' }).click();
      await expect(page).toHaveTitle('Error: Your profile – Ideas and Apps');
      const summary = page.locator('.nhsuk-error-summary');
      await expect(summary).toContainText('There is a problem');
      await expect(summary).toBeFocused();
      await expect(page.locator('#display-name-error')).toContainText('must be 60 characters or fewer');
      await expect(page.getByLabel('Name shown with your ideas')).toHaveValue(tooLong);
      await expect(page.getByLabel('Health or care professional')).toBeChecked();
      if (javaScriptEnabled) {
        // (axe-core needs JavaScript; the markup is the same either way.)
        await waitForHydration(page);
        await expectNoAxeViolations(page);
        // The summary's link puts the cursor in the field.
        await summary.getByRole('link').click();
        await expect(page.getByLabel('Name shown with your ideas')).toBeFocused();
      } else {
        await summary.getByRole('link').click();
        await expect(page).toHaveURL(/#display-name$/);
      }

      await page.getByLabel('Name shown with your ideas').fill('Dr Sam Jones');
      await page.getByRole('button', { name: 'Save your profile' }).click();
      await expect(page).toHaveURL('/account?updated=profile');
      await expect(page.getByRole('alert')).toContainText('Your profile has been updated.');
      await expect(page.locator('.account-display-name')).toHaveText('Dr Sam Jones');
      await expect(page.locator('.account-segment')).toHaveText('Health or care professional');
      await expect(page.locator('.account-name')).toHaveText('Signed in as Dr Sam Jones');
      // The browser logs the 422 answer to the refused form, which is what it should be.
      expect(errors.filter((e) => !e.includes('status of 422'))).toEqual([]);
    });

    test('a person deletes their account', async ({ page }) => {
      const login = `leaving-${javaScriptEnabled ? 'js' : 'nojs'}-${Date.now()}`;
      await signInWithTestId(page, login);
      await page.getByRole('link', { name: 'Delete your account' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Delete your account');
      if (javaScriptEnabled) {
        await waitForHydration(page);
        await expectNoAxeViolations(page);
      }
      await page.getByRole('button', { name: 'Delete your account' }).click();
      await expect(page).toHaveURL('/?account=deleted');
      await expect(page.getByRole('alert')).toContainText('Your account has been deleted');
      await expect(page.locator('.account-name')).toHaveCount(0);
    });
  });
}

test('an administrator changes a role from the accounts page', async ({ page, browser }) => {
  // Someone to promote, signed in in another browser.
  const other = await (await browser.newContext()).newPage();
  const login = `promoted-${Date.now()}`;
  await signInWithTestId(other, login);

  await page.goto('/sign-in');
  await page.getByLabel('Administrator').check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.goto(`/admin/accounts?q=${login}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accounts and roles');
  await waitForHydration(page);
  await expectNoAxeViolations(page);
  await page.getByLabel(`Role of Test ${login}`).selectOption('moderator');
  await page.getByRole('button', { name: `Change role of Test ${login}` }).click();
  await expect(page).toHaveURL('/admin/accounts?updated=role');
  await expect(page.getByRole('alert')).toContainText('The role has been changed.');

  await other.goto('/account');
  await expect(other.locator('.account-role')).toHaveText('Moderator');
});

test('the accounts page is for administrators only', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Moderator').check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  const response = await page.goto('/admin/accounts');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You do not have permission to see this page');
  await expectNoAxeViolations(page);
});
