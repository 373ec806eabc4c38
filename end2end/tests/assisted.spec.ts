import { DEMO_CAMPAIGN, demoSignIn, expect, expectNoAxeViolations, ideaIds, test, waitForHydration } from './helpers';

for (const javaScriptEnabled of [true, false]) {
  test.describe(`taking part with help (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, () => {
    test.use({ javaScriptEnabled });

    test('a helper records someone, puts an idea forward and supports ideas for them, and imports paper forms', async ({ page, browser }) => {
      test.setTimeout(120_000);
      const stamp = `${javaScriptEnabled ? 'js' : 'nojs'}${Date.now()}`;
      // A campaign of its own, so the ideas put forward here change no other test's lists.
      const admin = await browser.newPage({ javaScriptEnabled });
      await demoSignIn(admin, 'Administrator', '/admin/campaigns/new');
      const campaignTitle = `Library ideas ${stamp}`;
      await admin.getByLabel('Title', { exact: true }).fill(campaignTitle);
      await admin.getByLabel('Summary', { exact: true }).fill('Ideas gathered at the library.');
      await admin.getByLabel('Description', { exact: true }).fill('Paper forms and conversations at the library.');
      await admin.getByLabel('Ideas accepted from').fill('2026-11-01T09:00');
      await admin.getByLabel('Ideas accepted until').fill('2030-06-01T09:00');
      await admin.getByLabel('Voting closes').fill('2030-07-01T09:00');
      await admin.getByLabel('Carers', { exact: true }).check();
      await admin.getByRole('button', { name: 'Save the campaign' }).click();
      await expect(admin.locator('.nhsuk-notification-banner')).toContainText('The campaign has been saved');
      await admin.close();
      const campaignSlug = `library-ideas-${stamp}`;
      const settle = async () => {
        if (javaScriptEnabled) {
          await waitForHydration(page);
          await expectNoAxeViolations(page);
        }
      };
      await page.goto(DEMO_CAMPAIGN);
      const [first] = await ideaIds(page);

      await demoSignIn(page, 'Helper (assisted digital)', '/assisted');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Taking part with help');
      await settle();

      // Consent first: without it nothing is recorded, and what was typed stays.
      const name = `Jo ${stamp}`;
      await page.getByLabel('Name shown with their ideas (optional)').fill(name);
      await page.getByLabel('Member of the public').check();
      await page.getByLabel('On a paper form').check();
      await page.getByRole('button', { name: 'Record them' }).click();
      await expect(page.locator('.nhsuk-error-summary')).toContainText('Confirm that they agreed');
      await expect(page.getByLabel('Name shown with their ideas (optional)')).toHaveValue(name);
      await settle();
      await page.getByLabel(/They agreed that we put forward their ideas/).check();
      await page.getByRole('button', { name: 'Record them' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
      await expect(page.locator('.nhsuk-notification-banner')).toContainText('They have been recorded');
      await settle();

      // An idea for them, through the same form as everyone's.
      await page.getByRole('link', { name: `Put forward an idea in ${campaignTitle}` }).click();
      await expect(page.locator('.on-behalf')).toContainText(`You are putting this idea forward for ${name}`);
      await settle();
      const title = `Spoken reminders ${stamp}`;
      await page.getByLabel('Title').fill(title);
      await page.getByLabel('Summary').fill('Reminders read aloud for people who cannot read small print.');
      await page.getByLabel('Carers', { exact: true }).check();
      await page.getByLabel('Idea for a new app or tool').check();
      await page.getByRole('button', { name: 'Submit your idea' }).click();
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).not.toHaveText('Put forward an idea');
      if ((await heading.textContent())?.includes('already here')) {
        await page.getByRole('button', { name: 'Submit my idea' }).click();
      }
      await expect(page.locator('.nhsuk-notification-banner')).toContainText('Their idea has been published');
      await expect(page.locator('.helped-ideas')).toContainText(title);

      // Support from their paper form, by idea number.
      await page.getByLabel('Idea numbers').fill(first);
      await page.getByRole('button', { name: 'Support these ideas for them' }).click();
      await expect(page.locator('.nhsuk-notification-banner')).toContainText('Their support has been counted');
      await expect(page.locator('.helped-supports li')).toHaveCount(1);
      await settle();

      // Their idea says it was submitted with help.
      await page.locator('.helped-ideas').getByRole('link', { name: title }).click();
      await expect(page.locator('.with-help')).toHaveText('Submitted with help');

      // A file of paper forms: previewed, then imported.
      await page.goto('/assisted/import');
      await settle();
      const csv = [
        'name,group,channel,consent,reference,campaign,category,kind,title,summary,description,link,supports',
        `Ann ${stamp},public,paper,yes,Form 1,${campaignSlug},carers,,Large print ${stamp},Bigger text in every prescription app.,,,${first}`,
      ].join('\n');
      await page.getByLabel('CSV file of paper forms').setInputFiles({ name: 'forms.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await page.getByRole('button', { name: 'Check the file' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check the paper forms before importing them');
      await expect(page.locator('.import-preview')).toContainText(`Ann ${stamp}`);
      await settle();
      await page.getByRole('button', { name: 'Import 1 paper form' }).click();
      await expect(page.locator('.nhsuk-notification-banner')).toContainText('Imported 1 paper form: 1 idea put forward');
      await expect(page.locator('.people-helped')).toContainText(`Ann ${stamp}`);
      await settle();
    });
  });
}
