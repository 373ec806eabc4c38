import { type Page } from '@playwright/test';
import {
  demoSignIn,
  DEMO_CAMPAIGN,
  expect,
  expectNoAxeViolations,
  signInWithTestId,
  test,
  waitForHydration,
} from './helpers';

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
      await expect(page.locator('#template-error')).toContainText('Select the rule it breaks');
      await expect(page.getByRole('checkbox', { name: `Select Idea: ${title}` })).toBeChecked();
      await page.getByLabel('Reason in your own words').fill('Shares a patient’s details.');
      await page.getByRole('button', { name: 'Apply to the ticked items' }).click();
      await expect(page.locator('.nhsuk-notification-banner')).toContainText('1 item has been dealt with');

      // Gone from public view; in the public log, with the reason and no names.
      await page.context().clearCookies();
      const gone = await page.goto(idea);
      expect(gone!.status()).toBe(404);
      await page.goto('/moderation-log');
      await expect(page.locator('tbody tr').first()).toContainText('Shares a patient’s details.');
    });

    test('a moderator suspends an account until a date, and reinstates it', async ({ page, browser }) => {
      test.setTimeout(90_000);
      const settle = async () => {
        if (javaScriptEnabled) await waitForHydration(page);
      };
      // Someone of their own (the demo accounts are shared by tests running alongside).
      const login = `suspended-${javaScriptEnabled ? 'js' : 'nojs'}-${Date.now()}`;
      const other = await browser.newPage({ javaScriptEnabled });
      await signInWithTestId(other, login);
      const title = `${javaScriptEnabled ? 'Quokka semaphore' : 'Ocelot bagpipes'} ${Date.now()}`;
      const idea = await putForwardIdea(other, title);

      // Reported, so the moderator finds its author from the queue.
      await demoSignIn(page, 'Member of the public', idea);
      await page.getByRole('link', { name: 'Report this idea' }).click();
      await page.getByLabel('Offensive, abusive or hateful').check();
      await page.getByRole('button', { name: 'Send the report' }).click();
      await demoSignIn(page, 'Moderator', '/moderation');
      await page.getByRole('link', { name: `Test ${login}` }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Test ${login}`);
      await settle();
      // No date: refused by the field, the reason kept.
      await page.getByLabel('Reason in your own words').fill('Abusive replies.');
      await page.getByRole('button', { name: 'Suspend the account' }).click();
      await expect(page.locator('#until-error')).toContainText('Enter the last day');
      await expect(page.getByLabel('Reason in your own words')).toHaveValue('Abusive replies.');
      const lastDay = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
      await page.getByLabel('Last day of the suspension').fill(lastDay);
      await page.getByLabel('The rule broken').selectOption('offensive');
      await page.getByRole('button', { name: 'Suspend the account' }).click();
      await expect(page.locator('.nhsuk-notification-banner')).toContainText('The account is suspended');
      await expect(page.locator('.suspension-state')).toContainText('Abusive replies.');

      // They still read, are told, and what they type is not lost.
      await other.goto(idea);
      await expect(other.getByRole('link', { name: 'Your account is suspended' })).toBeVisible();
      if (javaScriptEnabled) await waitForHydration(other);
      await other.getByLabel('Your comment').fill('Words worth keeping.');
      await other.getByRole('button', { name: 'Post your comment' }).click();
      await expect(other.locator('.nhsuk-error-summary')).toContainText('Your account is suspended until the end of');
      await expect(other.getByLabel('Your comment')).toHaveValue('Words worth keeping.');

      await page.getByRole('button', { name: 'Reinstate the account' }).click();
      await expect(page.locator('.nhsuk-notification-banner')).toContainText('The account is reinstated');
      await other.goto(idea);
      await other.getByLabel('Your comment').fill('Words worth keeping.');
      await other.getByRole('button', { name: 'Post your comment' }).click();
      await expect(other).toHaveURL(/done=commented/);
      await other.close();
    });

    test('a moderator edits an idea, keeping its words, and closes its discussion', async ({ page }) => {
      const settle = async () => {
        if (javaScriptEnabled) await waitForHydration(page);
      };
      const title = `${javaScriptEnabled ? 'Axolotl kites' : 'Pangolin lanterns'} ${Date.now()}`;
      await demoSignIn(page, 'Moderator', '/moderation');
      const idea = await putForwardIdea(page, title);
      await page.getByRole('link', { name: 'Edit its words' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edit an idea');
      await settle();
      await page.getByLabel('Summary').fill('A calmer summary, without the name.');
      await page.getByRole('button', { name: 'Save the changes' }).click();
      await expect(page.locator('#template-error')).toContainText('Select the rule the words broke');
      await expect(page.getByLabel('Summary')).toHaveValue('A calmer summary, without the name.');
      await page.getByLabel('The rule the words broke').selectOption('personal_information');
      await page.getByRole('button', { name: 'Save the changes' }).click();
      await expect(page.locator('.nhsuk-lede-text')).toHaveText('A calmer summary, without the name.');
      await expect(page.locator('.moderator-edit')).toContainText('Edited by a moderator');
      await page.getByRole('link', { name: 'Edit its words' }).click();
      await expect(page.locator('.edit-history')).toContainText('Something for a moderator to look at');

      await page.goto(idea);
      await settle();
      await page.getByRole('button', { name: 'Close the discussion to new comments' }).click();
      await expect(page.locator('#comments')).toContainText('closed this discussion to new comments');
      await expect(page.getByLabel('Your comment')).toHaveCount(0);
      await page.getByRole('button', { name: 'Reopen the discussion to comments' }).click();
      await expect(page.getByLabel('Your comment')).toBeVisible();
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

test('the account, edit and suspension pages have no accessibility violations', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const login = `axe-suspended-${Date.now()}`;
  // axe needs a page of its own context.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signInWithTestId(other, login);
  const idea = await putForwardIdea(other, `Capybara abacus ${Date.now()}`);
  await demoSignIn(page, 'Member of the public', idea);
  await page.getByRole('link', { name: 'Report this idea' }).click();
  await page.getByLabel('Spam or advertising').check();
  await page.getByRole('button', { name: 'Send the report' }).click();
  await demoSignIn(page, 'Moderator', '/moderation');
  await page.getByRole('link', { name: `Test ${login}` }).click();
  await waitForHydration(page);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Suspend the account' }).click();
  await expect(page.locator('.nhsuk-error-summary')).toBeVisible();
  await waitForHydration(page);
  await expectNoAxeViolations(page);
  const lastDay = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('Last day of the suspension').fill(lastDay);
  await page.getByLabel('The rule broken').selectOption('spam');
  await page.getByRole('button', { name: 'Suspend the account' }).click();
  await expect(page.locator('.nhsuk-notification-banner')).toBeVisible();
  await expectNoAxeViolations(page);
  await other.goto('/account/suspended');
  await waitForHydration(other);
  await expect(other.locator('.suspension-message')).toContainText('It is spam or advertising.');
  await expectNoAxeViolations(other);
  await otherContext.close();

  // The idea page as a moderator sees it, and the edit page with an error and a history.
  await page.goto(idea);
  await waitForHydration(page);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Edit its words' }).click();
  await page.getByLabel('Title').fill('Shrt');
  await page.getByRole('button', { name: 'Save the changes' }).click();
  await expect(page.locator('.nhsuk-error-summary')).toBeVisible();
  await waitForHydration(page);
  await expectNoAxeViolations(page);
  await page.getByLabel('Title').fill('Capybara abacus, edited');
  await page.getByLabel('The rule the words broke').selectOption('spam');
  await page.getByRole('button', { name: 'Save the changes' }).click();
  await page.getByRole('link', { name: 'Edit its words' }).click();
  await expect(page.locator('.edit-history')).toBeVisible();
  await waitForHydration(page);
  await expectNoAxeViolations(page);
});
