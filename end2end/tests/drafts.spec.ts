import { demoSignIn, expect, expectNoAxeViolations, test, waitForHydration } from './helpers';

for (const javaScriptEnabled of [true, false]) {
  test.describe(`drafts for comment (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, () => {
    test.use({ javaScriptEnabled });

    test('a draft is commented on paragraph by paragraph, and a new version shows what changed', async ({ page, browser }) => {
      test.setTimeout(90_000);
      const stamp = `${javaScriptEnabled ? 'js' : 'nojs'}${Date.now()}`;
      const title = `Strategy ${stamp}`;
      const settle = async (p = page) => {
        if (javaScriptEnabled) {
          await waitForHydration(p);
          await expectNoAxeViolations(p);
        }
      };
      // An administrator publishes it (its own context: axe needs one).
      const context = await browser.newContext({ javaScriptEnabled });
      const admin = await context.newPage();
      await demoSignIn(admin, 'Administrator', '/admin/drafts/new');
      await settle(admin);
      await admin.getByLabel('Title').fill(title);
      await admin.getByLabel('Summary').fill('Our plans for health apps, for your comments.');
      await admin.getByLabel('The document').fill('# Aims\n\nEvery app shows its evidence.\n\nWe pay for apps that work.');
      await admin.getByLabel('Comments open').fill('2026-01-01T09:00');
      await admin.getByLabel('Comments close').fill('2099-01-01T09:00');
      await admin.getByRole('button', { name: 'Publish the draft' }).click();
      await expect(admin.locator('.nhsuk-notification-banner')).toContainText('published for comment');
      const address = new URL(admin.url()).pathname;

      // Someone supports a paragraph and comments on another.
      await demoSignIn(page, 'Member of the public', address);
      await settle();
      await page.locator('#p-2').getByRole('button', { name: 'Support paragraph 2' }).click();
      await expect(page.locator('#p-2 .draft-paragraph__counts')).toHaveText('Paragraph 2: 1 supports it · 0 question it · 0 comments');
      await page.locator('#p-3').getByText('Comment on paragraph 3', { exact: true }).click();
      await page.getByLabel('Your comment on paragraph 3').fill('Who decides what works?');
      await page.locator('#p-3').getByRole('button', { name: 'Post your comment' }).click();
      await expect(page.locator('.nhsuk-notification-banner')).toContainText('Your comment has been posted');
      await expect(page.locator('#p-3 .draft-comment')).toContainText('Who decides what works?');
      await settle();

      // A new version: what changed is shown, and the comment stays with version 1.
      await admin.goto(`/admin/drafts${address.replace('/drafts', '')}/edit`);
      await settle(admin);
      await admin.getByLabel('The document').fill('# Aims\n\nEvery app shows its evidence.\n\nWe pay for apps an independent panel finds work.');
      await admin.getByLabel('What changed (optional)').fill('Who judges is now said.');
      await admin.getByRole('button', { name: 'Save the draft' }).click();
      await expect(admin.locator('.draft-version')).toContainText('Version 2 of 2');
      await context.close();

      await page.goto(address);
      await page.getByText(/What changed from version 1/).click();
      await expect(page.locator('.draft-change--added')).toContainText('an independent panel');
      await expect(page.locator('.draft-comment')).toHaveCount(0);
      await settle();
      await page.getByRole('link', { name: /version 1/ }).click();
      await expect(page.locator('#p-3 .draft-comment')).toContainText('Who decides what works?');
      await settle();
    });
  });
}
