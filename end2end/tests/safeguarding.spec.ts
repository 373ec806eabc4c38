import { demoSignIn, expect, expectNoAxeViolations, signInWithTestId, test, waitForHydration } from './helpers';

const DEMO_CAMPAIGN = '/campaigns/apps-for-everyday-health';

for (const javaScriptEnabled of [true, false]) {
  test.describe(`safeguarding at submission (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, () => {
    test.use({ javaScriptEnabled });

    test('an NHS number in an idea is shown to its author, held, and approved by a moderator', async ({ page, browser }) => {
      test.setTimeout(90_000);
      const stamp = `${javaScriptEnabled ? 'js' : 'nojs'}${Date.now()}`;
      const title = `Readable letters ${stamp}`;
      // axe runs in the page, so only with JavaScript on.
      const settle = async () => {
        if (javaScriptEnabled) {
          await waitForHydration(page);
          await expectNoAxeViolations(page);
        }
      };
      await signInWithTestId(page, `safe-${stamp}`);
      await page.goto(`${DEMO_CAMPAIGN}/ideas/new`);
      if (javaScriptEnabled) {
        await waitForHydration(page);
      }
      await page.getByLabel('Title').fill(title);
      await page.getByLabel('Summary').fill('Hospital letters written so that anyone can follow them.');
      const description = 'My NHS number is 943 476 5919 and my letters are full of jargon.';
      await page.getByLabel('Description (optional)').fill(description);
      await page.getByLabel('Long-term conditions').check();
      await page.getByLabel('Idea for a new app or tool').check();
      await page.getByRole('button', { name: 'Submit your idea' }).click();
      // Ideas like it are offered first, when there are any.
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).not.toHaveText('Put forward an idea');
      if ((await heading.textContent())?.includes('already here')) {
        await page.getByRole('button', { name: 'Submit my idea' }).click();
      }

      // Shown back before anything is stored, with the words kept.
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your idea before it is posted');
      await expect(page.locator('#safeguarding-check')).toContainText('What looks like an NHS number in the description');
      await expect(page.locator('.nhsuk-card--care')).toHaveCount(0);
      await expect(page.getByLabel('Description (optional)')).toHaveValue(description);
      await settle();
      await page.getByRole('button', { name: 'Send it for a moderator to check' }).click();
      await expect(page.locator('.nhsuk-notification-banner')).toContainText('A moderator will read your idea before it appears here');
      await expect(page.locator('.idea-card', { hasText: title })).toHaveCount(0);

      // The moderator sees what was flagged, and publishes it.
      // Its own context: axe cannot run in a page opened with browser.newPage.
      const context = await browser.newContext({ javaScriptEnabled });
      const moderator = await context.newPage();
      await demoSignIn(moderator, 'Moderator', '/moderation');
      const row = moderator.locator('tr', { hasText: title });
      await expect(row).toContainText('Held: it may contain personal details');
      await expect(row.locator('.app-flagged')).toContainText('943 476 5919');
      if (javaScriptEnabled) {
        await waitForHydration(moderator);
        await expectNoAxeViolations(moderator);
      }
      // The held idea's own page, for moderators only, says why it is not public.
      await row.getByRole('link', { name: title }).click();
      await expect(moderator.locator('.idea-not-public')).toContainText('Waiting for a moderator');
      if (javaScriptEnabled) {
        await waitForHydration(moderator);
        await expectNoAxeViolations(moderator);
      }
      await moderator.goBack();
      await row.getByRole('checkbox').check();
      await moderator.getByLabel('Approve and publish (ideas and comments waiting)').check();
      await moderator.getByRole('button', { name: 'Apply to the ticked items' }).click();
      await expect(moderator.locator('.nhsuk-notification-banner')).toBeVisible();
      await context.close();
      await page.goto(`${DEMO_CAMPAIGN}?sort=newest`);
      await expect(page.locator('.idea-card', { hasText: title })).toHaveCount(1);
    });

    test('words of risk in a comment lead with where to get help, and can be changed', async ({ page }) => {
      test.setTimeout(60_000);
      const stamp = `${javaScriptEnabled ? 'js' : 'nojs'}${Date.now()}`;
      await signInWithTestId(page, `risk-${stamp}`);
      await page.goto(DEMO_CAMPAIGN);
      await page.locator('.idea-card a').first().click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      if (javaScriptEnabled) {
        await waitForHydration(page);
      }
      await page.getByLabel('Your comment').fill(`I can't go on like this, the wait is too long ${stamp}.`);
      await page.getByRole('button', { name: 'Post your comment' }).click();
      const help = page.locator('.nhsuk-card--care');
      await expect(help).toContainText('If you need help now');
      await expect(help).toContainText('116 123');
      await expect(help).toContainText('85258');
      await expect(page.locator('#safeguarding-check')).toContainText('“I can\'t go on”');
      await expect(page.locator('#safeguarding-check')).toContainText('What we found');
      if (javaScriptEnabled) {
        await waitForHydration(page);
        await expectNoAxeViolations(page);
      }
      // Changed, and sent again: checked again, and posted as usual.
      const calmer = `The wait is too long, and an app could keep me informed ${stamp}.`;
      await page.getByLabel('Your comment').fill(calmer);
      await page.getByRole('button', { name: 'Post your comment' }).click();
      await expect(page.locator('.nhsuk-notification-banner')).toContainText('Your comment has been posted');
      await expect(page.locator('.comment', { hasText: calmer })).toHaveCount(1);
    });
  });
}
