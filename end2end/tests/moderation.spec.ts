import { type Page } from '@playwright/test';
import { DEMO_CAMPAIGN, expect, expectNoAxeViolations, test, waitForHydration } from './helpers';

async function demoSignIn(page: Page, role: string, returnTo: string) {
  await page.context().clearCookies();
  await page.goto(`/sign-in?return_to=${encodeURIComponent(returnTo)}`);
  await page.getByLabel(role, { exact: true }).check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(returnTo);
}

/**
 * Puts forward a new idea as the signed-in person and returns its address: the tests
 * hide their own ideas, never the demo's, which other tests read in parallel.
 */
async function putForwardIdea(page: Page, title: string): Promise<string> {
  await page.goto(`${DEMO_CAMPAIGN}/ideas/new`);
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Long-term conditions').check();
  await page.getByLabel('Idea for a new app or tool').check();
  await page.getByLabel('Summary').fill('Something for a moderator to look at, in one sentence.');
  await page.getByRole('button', { name: 'Submit your idea' }).click();
  // A retry of the test finds its first attempt's idea alike: go on past it.
  const again = page.getByRole('button', { name: 'Submit my idea' });
  if (await again.isVisible()) await again.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  return new URL(page.url()).pathname;
}

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';
  test.describe(mode, () => {
    test.use({ javaScriptEnabled });

    test('someone reports an idea and a moderator deals with it from the queue', async ({ page }) => {
      const settle = async () => {
        if (javaScriptEnabled) await waitForHydration(page);
      };
      // Words no other idea uses, so no "is your idea already here?" step.
      const title = `${javaScriptEnabled ? 'Zebra hopscotch' : 'Walrus origami'} ${Date.now()}`;
      await demoSignIn(page, 'Developer or supplier', '/developer');
      const idea = await putForwardIdea(page, title);
      await demoSignIn(page, 'Member of the public', idea);
      await page.getByRole('link', { name: 'Report this idea' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report this idea');
      await settle();
      // No reason chosen: refused, with the detail kept.
      await page.getByLabel('Anything a moderator should know').fill('It names a patient.');
      await page.getByRole('button', { name: 'Send the report' }).click();
      await expect(page.locator('#reason-error')).toContainText('Select why');
      await expect(page.getByLabel('Anything a moderator should know')).toHaveValue('It names a patient.');
      await page.getByLabel("It shares someone's personal or medical details").check();
      await page.getByRole('button', { name: 'Send the report' }).click();
      await expect(page).toHaveURL(/done=reported/);

      // The moderator hides it, with a reason, from the queue.
      await demoSignIn(page, 'Moderator', '/moderation');
      await settle();
      await page.getByRole('checkbox', { name: `Select Idea: ${title}` }).check();
      await page.getByLabel('Hide', { exact: true }).check();
      await page.getByRole('button', { name: 'Apply to the ticked items' }).click();
      await expect(page.locator('#reason-error')).toContainText('Enter a reason');
      await expect(page.getByRole('checkbox', { name: `Select Idea: ${title}` })).toBeChecked();
      await page.getByLabel('Reason').fill('Shares a patient’s details.');
      await page.getByRole('button', { name: 'Apply to the ticked items' }).click();
      await expect(page.locator('.nhsuk-notification-banner')).toContainText('1 item has been dealt with');

      // Gone from public view; in the public log, with the reason and no names.
      await page.context().clearCookies();
      const gone = await page.goto(idea);
      expect(gone!.status()).toBe(404);
      await page.goto('/moderation-log');
      await expect(page.locator('tbody tr').first()).toContainText('Shares a patient’s details.');
    });
  });
}

test('the moderation pages have no accessibility violations', async ({ page }) => {
  // Six pages, each waited for and checked by axe.
  test.setTimeout(120_000);
  await demoSignIn(page, 'Administrator', '/account');
  const idea = await putForwardIdea(page, `Narwhal juggling ${Date.now()}`);
  await demoSignIn(page, 'Developer or supplier', `${idea}/report`);
  await waitForHydration(page);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Send the report' }).click();
  await expect(page.locator('.nhsuk-error-summary')).toBeVisible();
  await waitForHydration(page);
  await expectNoAxeViolations(page);
  await page.getByLabel('Spam or advertising').check();
  await page.getByRole('button', { name: 'Send the report' }).click();
  await expect(page).toHaveURL(/done=reported/);
  await demoSignIn(page, 'Moderator', '/moderation');
  await waitForHydration(page);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Apply to the ticked items' }).click();
  await expect(page.locator('.nhsuk-error-summary')).toBeVisible();
  await waitForHydration(page);
  await expectNoAxeViolations(page);
  await page.goto('/analysis');
  await waitForHydration(page);
  await expect(page.locator('svg').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/moderation-log');
  await waitForHydration(page);
  await expectNoAxeViolations(page);
});
