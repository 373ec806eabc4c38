import { demoSignIn, expect, expectNoAxeViolations, signInWithTestId, test, waitForHydration } from './helpers';

test.describe('with JavaScript', () => {
  test('supporting an idea updates the count in place, and a refusal is rolled back', async ({ page }) => {
    await signInWithTestId(page, `voter-${Date.now()}`);
    // The most supported idea: the newest may be another test's, withdrawn meanwhile.
    await page.goto('/campaigns/apps-for-everyday-health');
    await waitForHydration(page);
    await page.locator('.idea-card a').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await waitForHydration(page);
    const count = page.locator('.idea-support__count');
    const before = Number((await count.textContent())?.match(/\d+/)?.[0]);
    const followState = page.locator('.follow-state');
    await expect(followState).toHaveText(/^Follow this idea/);
    // A marker that a full page load would wipe.
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));

    // The page changes at once (and rolls back on a refusal): wait for the server's answer
    // before reloading, or the reload can overtake the vote.
    const answered = page.waitForResponse((r) => r.url().includes('/api/ideas/vote'));
    await page.getByRole('button', { name: 'Support this idea' }).click();
    expect((await answered).status()).toBe(200);
    await expect(count).toHaveText(before + 1 === 1 ? '1 person supports this idea' : `${before + 1} people support this idea`);
    await expect(page.getByRole('button', { name: 'Withdraw your support' })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    // Supporting follows it, and the follow button says so at once.
    await expect(followState).toHaveText(/^You follow this idea/);
    await expect(page.getByRole('button', { name: 'Stop following this idea' })).toBeVisible();

    // Stored: still there after a reload.
    await page.reload();
    await waitForHydration(page);
    await expect(page.getByRole('button', { name: 'Withdraw your support' })).toBeVisible();
    await expect(followState).toHaveText(/^You follow this idea/);

    // The server refuses: the count and button go back, with a message.
    await page.route('**/api/ideas/vote', (route) =>
      route.fulfill({ status: 503, contentType: 'application/json', body: '"Internal"' }),
    );
    await page.getByRole('button', { name: 'Withdraw your support' }).click();
    await expect(page.locator('.vote-problem')).toContainText('Your support was not changed');
    await expect(count).toHaveText(before + 1 === 1 ? '1 person supports this idea' : `${before + 1} people support this idea`);
    await expect(page.getByRole('button', { name: 'Withdraw your support' })).toBeVisible();
  });
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`a campaign with a support budget and a fair order (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, () => {
    test.use({ javaScriptEnabled });

    test('a person supports up to the budget, and withdrawing frees one', async ({ page, browser }) => {
      test.setTimeout(90_000);
      const stamp = `${javaScriptEnabled ? 'js' : 'nojs'}${Date.now()}`;
      const settle = async () => {
        if (javaScriptEnabled) {
          await waitForHydration(page);
          await expectNoAxeViolations(page);
        }
      };
      // Supporting or withdrawing. With JavaScript the page changes at once, so wait for the
      // server's answer before going elsewhere, or the next page can overtake it.
      const press = async (name: string) => {
        if (!javaScriptEnabled) {
          await page.getByRole('button', { name }).click();
          return;
        }
        await waitForHydration(page);
        const answered = page.waitForResponse((r) => r.url().includes('/api/ideas/vote'));
        await page.getByRole('button', { name }).click();
        expect((await answered).status()).toBe(200);
      };
      // An administrator opens a campaign where each person may support one idea.
      const admin = await browser.newPage({ javaScriptEnabled });
      await demoSignIn(admin, 'Administrator', '/admin/campaigns/new');
      const title = `Choose one ${stamp}`;
      await admin.getByLabel('Title', { exact: true }).fill(title);
      await admin.getByLabel('Summary', { exact: true }).fill('Which single idea matters most to you?');
      await admin.getByLabel('Description', { exact: true }).fill('Support the one you would choose.');
      await admin.getByLabel('Ideas accepted from').fill('2026-11-01T09:00');
      await admin.getByLabel('Ideas accepted until').fill('2030-06-01T09:00');
      await admin.getByLabel('Voting closes').fill('2030-07-01T09:00');
      await admin.getByLabel('Carers', { exact: true }).check();
      await admin.getByLabel('Show ideas in a fair order while people support them').check();
      await admin.getByLabel('How many ideas each person may support (optional)').fill('none');
      await admin.getByRole('button', { name: 'Save the campaign' }).click();
      await expect(admin.locator('#support-budget-error')).toContainText('Enter a whole number');
      await admin.getByLabel('How many ideas each person may support (optional)').fill('1');
      await admin.getByRole('button', { name: 'Save the campaign' }).click();
      await expect(admin.locator('.nhsuk-notification-banner')).toContainText('The campaign has been saved');
      await admin.close();
      // Its address, from its title.
      const campaign = `/campaigns/choose-one-${stamp}`;

      await signInWithTestId(page, `chooser-${stamp}`);
      const ideas: string[] = [];
      // Two ideas with no word in common, so neither is offered as like the other.
      for (const [name, summary] of [
        [`Respite finder ${stamp}`, 'Find a break when looking after someone.'],
        [`Medicines rota ${[...stamp].reverse().join('')}`, 'Reminders to take tablets on time.'],
      ]) {
        await page.goto(`${campaign}/ideas/new`);
        await page.getByLabel('Title').fill(name);
        await page.getByLabel('Summary').fill(summary);
        await page.getByLabel('Carers', { exact: true }).check();
        await page.getByLabel('Idea for a new app or tool').check();
        await page.getByRole('button', { name: 'Submit your idea' }).click();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
        ideas.push(new URL(page.url()).pathname);
      }

      // The campaign lists its ideas in the day's fair order; most supported is a link away.
      await page.goto(campaign);
      await settle();
      await expect(page.locator('.sort-links__current')).toHaveText('Fair order (changes daily)');
      await page.locator('.sort-links').getByRole('link', { name: 'Most supported' }).click();
      await expect(page).toHaveURL(`${campaign}?sort=top#ideas`);
      await expect(page.locator('.sort-links__current')).toHaveText('Most supported');

      await page.goto(ideas[0]);
      await settle();
      await expect(page.locator('.supports-left')).toHaveText('You have 1 of 1 supports left in this campaign.');
      await press('Support this idea');
      await expect(page.getByRole('button', { name: 'Withdraw your support' })).toBeVisible();
      await expect(page.locator('.supports-left')).toHaveText('You have used all 1 of your supports in this campaign.');

      await page.goto(ideas[1]);
      await settle();
      await expect(page.locator('.supports-left')).toContainText('Withdraw your support from another idea to support this one.');
      await expect(page.getByRole('button', { name: 'Support this idea' })).toHaveCount(0);

      await page.goto(ideas[0]);
      await press('Withdraw your support');
      await expect(page.getByRole('button', { name: 'Support this idea' })).toBeVisible();
      await page.goto(ideas[1]);
      await press('Support this idea');
      await expect(page.getByRole('button', { name: 'Withdraw your support' })).toBeVisible();
      await expect(page.locator('.supports-left')).toHaveText('You have used all 1 of your supports in this campaign.');
    });
  });
}
