import { expect, signInWithTestId, test, waitForHydration } from './helpers';

test.describe('with JavaScript', () => {
  test('supporting an idea updates the count in place, and a refusal is rolled back', async ({ page }) => {
    await signInWithTestId(page, `voter-${Date.now()}`);
    await page.goto('/campaigns/apps-for-everyday-health?sort=newest');
    await waitForHydration(page);
    await page.locator('.idea-card a').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await waitForHydration(page);
    const count = page.locator('.idea-support__count');
    const before = Number((await count.textContent())?.match(/\d+/)?.[0]);
    // A marker that a full page load would wipe.
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));

    await page.getByRole('button', { name: 'Support this idea' }).click();
    await expect(count).toHaveText(before + 1 === 1 ? '1 person supports this idea' : `${before + 1} people support this idea`);
    await expect(page.getByRole('button', { name: 'Withdraw your support' })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);

    // Stored: still there after a reload.
    await page.reload();
    await waitForHydration(page);
    await expect(page.getByRole('button', { name: 'Withdraw your support' })).toBeVisible();

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
