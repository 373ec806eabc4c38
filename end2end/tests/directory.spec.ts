import { type Page } from '@playwright/test';
import { demoSignIn as signIn, expect, expectNoAxeViolations, test, waitForHydration } from './helpers';

/** The demo sign-in, landing on the developers' page unless told otherwise. */
const demoSignIn = (page: Page, role: string, returnTo = '/developer') => signIn(page, role, returnTo);

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';
  test.describe(mode, () => {
    test.use({ javaScriptEnabled });

    test('a developer lists an app, a moderator publishes it, and the public finds it', async ({ page }) => {
      const settle = async () => {
        if (javaScriptEnabled) await waitForHydration(page);
      };
      const name = `Sleep Diary ${javaScriptEnabled ? 'js' : 'nojs'} ${Date.now()}`;

      // Becoming a developer: a mistake is explained next to its field, the rest kept.
      await demoSignIn(page, 'Member of the public');
      await settle();
      await page.getByLabel('Organisation name').fill('Rest Ltd');
      await page.getByLabel('Contact email address').fill('not an email');
      await page.getByRole('button', { name: /Become a developer|Save your organisation/ }).click();
      await expect(page.locator('#contact-email-error')).toContainText('correct format');
      await expect(page.getByLabel('Organisation name')).toHaveValue('Rest Ltd');
      await page.getByLabel('Contact email address').fill('team@rest.example.org');
      await page.getByRole('button', { name: /Become a developer|Save your organisation/ }).click();
      await expect(page.locator('.nhsuk-notification-banner')).toContainText('organisation profile has been saved');

      // The listing: an unsafe address is refused, with everything typed kept.
      await page.getByRole('link', { name: 'List an app or tool' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('List an app or tool');
      await settle();
      await page.getByLabel('Name of the app or tool').fill(name);
      await page.getByLabel('One-line description').fill('A sleep diary that shows what helps you rest');
      await page.getByLabel('Description', { exact: true }).fill('Keep a diary of **sleep** and mood.');
      await page.getByLabel('Website', { exact: true }).fill('javascript:alert(1)');
      await page.getByLabel('Web', { exact: true }).check();
      await page.getByRole('group', { name: 'Categories' }).getByRole('checkbox').first().check();
      await page.getByLabel('Members of the public', { exact: true }).check();
      await page.getByLabel('Free', { exact: true }).check();
      await page.getByRole('button', { name: 'Send for review' }).click();
      await expect(page.locator('#website-url-error')).toContainText('https://');
      await expect(page.getByLabel('Name of the app or tool')).toHaveValue(name);
      await expect(page.getByLabel('Web', { exact: true })).toBeChecked();
      await page.getByLabel('Website', { exact: true }).fill('https://rest.example.org');
      await page.getByRole('button', { name: 'Send for review' }).click();
      await expect(page.locator('.nhsuk-notification-banner')).toContainText('sent for review');
      await expect(page.locator('strong.nhsuk-tag')).toHaveText('Waiting for review');

      // A moderator approves it from the queue.
      await demoSignIn(page, 'Moderator', '/moderation/listings');
      await page.getByRole('link', { name, exact: true }).click();
      await settle();
      await page.getByLabel('Approve and publish').check();
      await page.getByRole('button', { name: 'Record the decision' }).click();
      await expect(page.locator('.nhsuk-notification-banner')).toContainText('decision has been recorded');

      // Anyone finds it by searching the directory.
      await page.context().clearCookies();
      await page.goto('/directory');
      await settle();
      await page.getByLabel('Search').fill(name);
      await page.getByRole('button', { name: 'Show apps and tools' }).click();
      await page.getByRole('link', { name, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
      await expect(page.getByText('Last reviewed by a moderator on')).toBeVisible();
    });
  });
}

test('the directory pages have no accessibility violations', async ({ page }) => {
  // Nine pages, each waited for and checked by axe: more than the default allows on a
  // loaded two-core machine.
  test.setTimeout(120_000);
  const name = `Axe Check ${Date.now()}`;
  await demoSignIn(page, 'Member of the public');
  await page.getByLabel('Organisation name').fill('Rest Ltd');
  await page.getByLabel('Contact email address').fill('team@rest.example.org');
  await page.getByRole('button', { name: /Become a developer|Save your organisation/ }).click();
  await page.goto('/developer/listings/new');
  await waitForHydration(page);
  await expectNoAxeViolations(page);
  // The form with every error showing.
  await page.getByRole('button', { name: 'Send for review' }).click();
  await expect(page.locator('.nhsuk-error-summary')).toBeVisible();
  await waitForHydration(page);
  await expectNoAxeViolations(page);
  await page.getByLabel('Name of the app or tool').fill(name);
  await page.getByLabel('One-line description').fill('A tool that is checked for accessibility');
  await page.getByLabel('Description', { exact: true }).fill('Checked with axe-core.');
  await page.getByLabel('Organisation', { exact: true }).fill('Rest Ltd');
  await page.getByLabel('Website', { exact: true }).fill('https://rest.example.org');
  await page.getByLabel('Web', { exact: true }).check();
  await page.getByRole('group', { name: 'Categories' }).getByRole('checkbox').first().check();
  await page.getByRole('group', { name: 'Who it is for' }).getByLabel('Carers').check();
  await page.getByLabel('Free', { exact: true }).check();
  await page.getByLabel('Contact email').fill('team@rest.example.org');
  await page.getByRole('button', { name: 'Send for review' }).click();
  await expect(page.locator('strong.nhsuk-tag')).toHaveText('Waiting for review');
  const mine = new URL(page.url()).pathname;
  for (const path of ['/developer', mine]) {
    await page.goto(path);
    await waitForHydration(page);
    await expectNoAxeViolations(page);
  }
  await demoSignIn(page, 'Moderator', '/moderation/listings');
  await waitForHydration(page);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name, exact: true }).click();
  await waitForHydration(page);
  await expectNoAxeViolations(page);
  await page.getByLabel('Approve and publish').check();
  await page.getByRole('button', { name: 'Record the decision' }).click();
  await expect(page.locator('.nhsuk-notification-banner')).toContainText('decision has been recorded');
  await demoSignIn(page, 'Administrator', '/admin/webhooks');
  await waitForHydration(page);
  await expectNoAxeViolations(page);
  await page.context().clearCookies();
  await page.goto('/directory');
  await waitForHydration(page);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name, exact: true }).click();
  await waitForHydration(page);
  await expectNoAxeViolations(page);
});
