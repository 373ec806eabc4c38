import {
  demoSignIn,
  DEMO_CAMPAIGN,
  expect,
  expectNoAxeViolations,
  test,
  waitForHydration,
} from './helpers';

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';
  test.describe(mode, () => {
    test.use({ javaScriptEnabled });

    test('an administrator creates a campaign, fixing a mistake on the way', async ({ page }) => {
      await demoSignIn(page, 'Administrator');
      await page.getByRole('link', { name: 'Campaigns', exact: true }).last().click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Campaigns');
      await page.getByRole('link', { name: 'Create a campaign' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Create a campaign');
      if (javaScriptEnabled) await waitForHydration(page);

      const title = `Apps for young carers ${javaScriptEnabled ? 'js' : 'nojs'} ${Date.now()}`;
      await page.getByLabel('Title', { exact: true }).fill(title);
      await page.getByLabel('Summary', { exact: true }).fill('Ideas that help young people who care for someone.');
      await page.getByLabel('Description', { exact: true }).fill('Tell us what would help.');
      await page.getByLabel('Ideas accepted from').fill('2027-06-01T09:00');
      // Closing before opening: refused, and everything typed is kept.
      await page.getByLabel('Ideas accepted until').fill('2027-05-01T09:00');
      await page.getByLabel('Voting closes').fill('2027-08-01T09:00');
      await page.getByLabel('Carers', { exact: true }).check();
      await page.getByRole('button', { name: 'Save the campaign' }).click();
      await expect(page.locator('#closes-at-error')).toContainText('Ideas must close after they open');
      await expect(page.getByLabel('Title', { exact: true })).toHaveValue(title);
      await expect(page.getByLabel('Carers', { exact: true })).toBeChecked();
      if (javaScriptEnabled) {
        await waitForHydration(page);
        await expectNoAxeViolations(page);
      }

      await page.getByLabel('Ideas accepted until').fill('2027-07-31T17:00');
      await page.getByRole('button', { name: 'Save the campaign' }).click();
      await expect(page.locator('.nhsuk-notification-banner')).toContainText('The campaign has been saved');
      await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();
    });
  });
}

test.describe('accessibility of signed-in pages (axe-core, WCAG 2.2 A and AA)', () => {
  test('every page an administrator sees has no violations', async ({ page }) => {
    // Eight pages, each waited for and checked by axe: more than the default allows on a
    // loaded two-core machine.
    test.setTimeout(120_000);
    await demoSignIn(page, 'Administrator');
    await page.goto(DEMO_CAMPAIGN);
    const firstIdea = await page.locator('.idea-card a').first().getAttribute('href');
    const pages = [
      '/account',
      '/notifications',
      '/admin/campaigns',
      '/admin/campaigns/new',
      '/admin/campaigns/apps-for-everyday-health/edit',
      '/admin/accounts',
      `${DEMO_CAMPAIGN}/ideas/new`,
      firstIdea!,
    ];
    for (const path of pages) {
      await page.goto(path);
      await waitForHydration(page);
      await expectNoAxeViolations(page);
    }
  });
});
