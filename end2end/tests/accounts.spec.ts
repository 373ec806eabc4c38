import { DEMO_CAMPAIGN, expect, test, expectNoAxeViolations, failOnBrowserErrors, waitForHydration } from './helpers';

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('the demo sign-in returns to the page and sign-out ends the session', async ({ page }) => {
      const errors = failOnBrowserErrors(page);
      await page.goto(`${DEMO_CAMPAIGN}?sort=newest`);
      if (javaScriptEnabled) await waitForHydration(page);
      await page.getByRole('link', { name: 'Sign in', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
      await expect(page).toHaveTitle('Sign in – Ideas and Apps');

      await page.getByLabel('Moderator').check();
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page).toHaveURL(`${DEMO_CAMPAIGN}?sort=newest`);
      await expect(page.locator('.account-name')).toHaveText('Signed in as Demo moderator');

      await page.getByRole('button', { name: 'Sign out' }).click();
      await expect(page).toHaveURL('/');
      await expect(page.getByRole('link', { name: 'Sign in', exact: true })).toBeVisible();
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

  // The account page, reached from the name in the header.
  await page.locator('.account-name').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your account');
  await expect(page.getByRole('link', { name: 'Download your data (JSON)' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the account page sends anonymous visitors to sign in and back', async ({ page }) => {
  await page.goto('/account');
  await expect(page).toHaveURL('/sign-in?return_to=%2Faccount');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL('/account');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your account');
});

test.describe('signing in with an OpenID Connect provider', () => {
  for (const javaScriptEnabled of [true, false]) {
    test(`succeeds and returns to the page (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`${DEMO_CAMPAIGN}?sort=newest`);
      await page.getByRole('link', { name: 'Sign in', exact: true }).click();
      await page.getByRole('link', { name: 'Sign in with Test ID' }).click();

      // The provider's own login and consent pages.
      const login = `${javaScriptEnabled ? 'alice' : 'bob'}-${Date.now()}`;
      await page.locator('input[name=login]').fill(login);
      await page.locator('input[name=password]').fill('any password');
      await page.getByRole('button', { name: 'Sign-in' }).click();
      await page.getByRole('button', { name: 'Continue' }).click();

      // A first sign-in: the provider's name is offered, not used without a say.
      await expect(page).toHaveURL('/welcome');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose how you appear');
      const name = page.getByLabel('Name shown with your ideas');
      await expect(name).toHaveValue(`Test ${login}`);
      if (javaScriptEnabled) {
        await waitForHydration(page);
        await expectNoAxeViolations(page);
      }
      // Without a group: refused, the name kept.
      await name.fill('Dr Ada Test');
      await page.getByRole('button', { name: 'Create your account' }).click();
      await expect(page.locator('.nhsuk-error-summary')).toBeVisible();
      await expect(page.getByLabel('Name shown with your ideas')).toHaveValue('Dr Ada Test');
      await page.getByLabel('Health or care professional').check();
      await page.getByRole('button', { name: 'Create your account' }).click();

      await expect(page).toHaveURL(`${DEMO_CAMPAIGN}?sort=newest`);
      await expect(page.locator('.account-name')).toHaveText('Signed in as Dr Ada Test');

      await page.getByRole('button', { name: 'Sign out' }).click();
      await expect(page.locator('.account-name')).toHaveCount(0);
      await context.close();
    });
  }

  test('cancelling at the provider says so and signs nobody in', async ({ page }) => {
    await page.goto('/sign-in');
    await waitForHydration(page);
    await page.getByRole('link', { name: 'Sign in with Test ID' }).click();
    await page.getByRole('link', { name: '[ Cancel ]' }).click();
    await expect(page).toHaveURL('/sign-in?error=cancelled');
    await expect(page.locator('.sign-in-error')).toHaveText('You cancelled signing in.');
    await expect(page.locator('.account-name')).toHaveCount(0);
    await waitForHydration(page);
    await expectNoAxeViolations(page);
  });

  test('a callback whose state was not issued to this browser is refused', async ({ page }) => {
    await page.goto('/auth/test-oidc/callback?code=stolen&state=forged');
    await expect(page).toHaveURL('/sign-in?error=state');
    await expect(page.locator('.account-name')).toHaveCount(0);
  });
});
