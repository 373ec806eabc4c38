import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { demoSignIn, expect, expectNoAxeViolations, test, waitForHydration } from './helpers';

/**
 * Stores a generated practice campaign with planted rings, through the server's own
 * command against the database the test server uses.
 */
function seedPractice(slug: string) {
  const dataDir = process.env.E2E_DATA_DIR!;
  execFileSync(
    process.env.E2E_SERVER_BIN!,
    ['--config', join(dataDir, 'ideas.toml'), 'seed-integrity-sample', '--slug', slug,
      '--ideas', '60', '--accounts', '700', '--days', '21'],
    { env: { ...process.env, DATA_DIR: dataDir, RUST_LOG: 'warn' }, stdio: 'pipe' },
  );
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`vote integrity (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, () => {
    test.use({ javaScriptEnabled });

    test('a moderator sees a planted ring without learning who, sets its support aside and restores it', async ({ page }) => {
      test.setTimeout(90_000);
      const slug = `practice-${javaScriptEnabled ? 'js' : 'nojs'}-${Date.now()}`;
      seedPractice(slug);
      const settle = async () => {
        if (javaScriptEnabled) {
          await waitForHydration(page);
          await expectNoAxeViolations(page);
        }
      };

      await demoSignIn(page, 'Moderator', '/moderation');
      await page.getByRole('link', { name: /Vote integrity/ }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vote integrity');
      await page.getByLabel('Campaign').selectOption(slug);
      await page.getByRole('button', { name: 'Show this campaign' }).click();
      await expect(page.locator('.nhsuk-caption-l')).toHaveText(`Practice campaign (${slug})`);
      await settle();

      // The ring shows as signals with figures and standing, never as people.
      const sameSet = page.locator('.integrity-signal', {
        has: page.getByRole('heading', { name: 'Accounts supporting the same ideas' }),
      }).first();
      await expect(sameSet).toContainText('accounts support exactly the same 4 ideas');
      await expect(page.getByRole('heading', { name: 'Burst of support' }).first()).toBeVisible();
      await expect(page.locator('main')).not.toContainText('Practice account');
      await sameSet.getByText(/How each account stands/).click();
      await expect(sameSet.locator('.nhsuk-details__text li').first()).toContainText('before its first support here');

      // No reason: the message is by the field, nothing set aside.
      await sameSet.getByRole('button', { name: /^Set aside \d+ supports from \d+ accounts$/ }).click();
      await expect(page.locator('.nhsuk-error-summary')).toContainText('Enter a reason');
      await settle();
      const refused = page.locator('.integrity-signal', {
        has: page.getByRole('heading', { name: 'Accounts supporting the same ideas' }),
      }).first();
      await refused.getByLabel("Why set this group's support aside?").fill('Thirty accounts made together, the same four ideas');
      await refused.getByRole('button', { name: /^Set aside/ }).click();
      await expect(page.locator('.nhsuk-notification-banner')).toContainText("The group's support has been set aside");
      await settle();
      const setAside = page.locator('.integrity-set-aside').first();
      await expect(setAside).toContainText('Thirty accounts made together, the same four ideas');
      await expect(setAside).toContainText(/Set aside on .* by /);

      // The analysis leaves it out, and says so.
      await page.goto(`/analysis?campaign=${slug}`);
      await expect(page.locator('.nhsuk-inset-text')).toContainText(/Moderators set aside \d+ supports from \d+ accounts/);

      // Restored, with a reason.
      await page.goto(`/moderation/integrity?campaign=${slug}`);
      await page.locator('.integrity-set-aside').first().getByLabel('Why restore this support?').fill('Checked: a patients’ group');
      await page.getByRole('button', { name: 'Restore this support' }).click();
      await expect(page.locator('.nhsuk-notification-banner')).toContainText('The support has been restored');
      await expect(page.locator('.integrity-set-aside').first()).toContainText('Restored on');
      await settle();
    });
  });
}
