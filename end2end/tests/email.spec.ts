import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_CAMPAIGN, demoSignIn, expect, expectNoAxeViolations, signInWithTestId, test, waitForHydration } from './helpers';

/**
 * The test server has no mail server: each email is written as a `.eml` file under
 * DATA_DIR/outbox, as on the embedded default. The newest one to `address` whose words
 * contain `containing`, as written, once it is there.
 */
async function emailTo(address: string, containing = ''): Promise<string> {
  const outbox = join(process.env.E2E_DATA_DIR!, 'outbox');
  let found: string | undefined;
  await expect
    .poll(() => {
      let files: string[] = [];
      try {
        files = readdirSync(outbox).filter((f) => f.endsWith('.eml'));
      } catch {
        return false;
      }
      const emails = files
        .sort((a, b) => parseInt(b) - parseInt(a))
        .map((f) => readFileSync(join(outbox, f), 'utf8'));
      found = emails.find((e) => new RegExp(`^To: ${address}\\r?$`, 'm').test(e) && decoded(e).includes(containing));
      return found !== undefined;
    }, { timeout: 15_000 })
    .toBe(true);
  return found!;
}

/** An email's text with quoted-printable undone (its body's soft breaks and escapes). */
function decoded(raw: string): string {
  return raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`an email address (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, () => {
    test.use({ javaScriptEnabled });

    test('comes verified from the provider, is changed by a link emailed to the new one, and is removed', async ({ page }) => {
      const settle = async () => {
        if (javaScriptEnabled) {
          await waitForHydration(page);
          await expectNoAxeViolations(page);
        }
      };
      const login = `mail-${javaScriptEnabled ? 'js' : 'nojs'}-${Date.now()}`;
      await signInWithTestId(page, login);

      // The provider vouched for the address: it is in use already.
      await expect(page.locator('.account-email')).toHaveText(`${login}@example.org`);
      await page.getByRole('link', { name: 'Change email address' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your email address');
      await expect(page.locator('.email-address')).toContainText(`${login}@example.org (confirmed`);
      await settle();

      // Bad input: the message by the field, what was typed kept.
      const field = page.getByLabel('New email address');
      await field.fill('ann@');
      await page.getByRole('button', { name: 'Send a confirmation link' }).click();
      await expect(page.locator('.nhsuk-error-summary')).toContainText(
        'Enter an email address in the correct format, like name@example.com',
      );
      await expect(page.locator('#email-error')).toContainText('Enter an email address in the correct format');
      await expect(page.getByLabel('New email address')).toHaveValue('ann@');
      await expect(page).toHaveTitle(/^Error: /);
      await settle();

      const fresh = `${login}-new@example.org`;
      await page.getByLabel('New email address').fill(fresh);
      await page.getByRole('button', { name: 'Send a confirmation link' }).click();
      await expect(page.locator('.email-pending')).toContainText(`We have sent a link to ${fresh}`);
      // The old address stays in use until the new one is confirmed.
      await expect(page.locator('.email-address')).toContainText(`${login}@example.org`);

      const email = decoded(await emailTo(fresh));
      expect(email).toContain('Subject: Confirm your email address');
      const link = email.match(/http:\/\/127\.0\.0\.1:\d+(\/account\/email\/confirm\?token=[^\s"<]+)/)![1];
      await page.goto(link);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confirm your email address');
      await expect(page.locator('main')).toContainText(`Confirm that ${fresh} is yours`);
      await settle();
      await page.getByRole('button', { name: 'Confirm your email address' }).click();
      await expect(page).toHaveURL('/account/email?updated=confirmed');
      await expect(page.locator('.nhsuk-notification-banner')).toContainText('Your email address has been confirmed.');
      await expect(page.locator('.email-address')).toContainText(`${fresh} (confirmed`);
      await settle();

      await page.getByRole('button', { name: 'Remove your email address' }).click();
      await expect(page).toHaveURL('/account/email?updated=removed');
      await expect(page.locator('.email-address')).toHaveText('Not given');
      await expect(page.getByLabel('Email address', { exact: true })).toBeVisible();
    });
  });
}

test('an address the provider does not vouch for is not taken', async ({ page }) => {
  await signInWithTestId(page, `unverified-${Date.now()}`);
  await expect(page.locator('.account-email')).toHaveText('Not given');
});

test('administrators read what would have been sent', async ({ page }) => {
  // Something to read: a confirmation email from another account.
  const someone = `outbox-${Date.now()}@example.org`;
  await demoSignIn(page, 'Developer or supplier', '/account/email');
  await page.getByLabel('Email address', { exact: true }).fill(someone);
  await page.getByRole('button', { name: 'Send a confirmation link' }).click();
  await emailTo(someone);

  await demoSignIn(page, 'Administrator', '/account');
  await page.getByRole('link', { name: 'Email', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Email');
  await expect(page.locator('.nhsuk-inset-text')).toContainText('No mail server is set up');
  await waitForHydration(page);
  await expectNoAxeViolations(page);
  const row = page.locator('.outbox-table tbody tr', { hasText: someone }).first();
  await expect(row).toContainText('Sent');
  await row.getByRole('link', { name: 'Confirm your email address' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confirm your email address');
  await expect(page.locator('.email-text')).toContainText('/account/email/confirm?token=');
  await waitForHydration(page);
  await expectNoAxeViolations(page);
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`what people are told (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, () => {
    test.use({ javaScriptEnabled });

    test('a person chooses what they hear about, follows a campaign, is emailed of a new idea and stops all email from the link', async ({ page, browser }) => {
      const settle = async () => {
        if (javaScriptEnabled) {
          await waitForHydration(page);
          await expectNoAxeViolations(page);
        }
      };
      const login = `told-${javaScriptEnabled ? 'js' : 'nojs'}-${Date.now()}`;
      await signInWithTestId(page, login);
      await page.getByRole('link', { name: 'Choose what we tell you about, and how' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('What we tell you about');
      await expect(page.locator('main')).toContainText(`Emails go to ${login}@example.org`);
      await settle();

      // New ideas at once by email; replies not shown in the site.
      await page
        .getByRole('group', { name: 'New ideas in campaigns you follow' })
        .getByLabel('At once, one email each time')
        .check();
      await page.getByRole('group', { name: 'Show these in your notifications' }).getByLabel('Replies to your comments').uncheck();
      await page.getByRole('button', { name: 'Save your choices' }).click();
      await expect(page.locator('.nhsuk-notification-banner')).toContainText('Your choices have been saved.');
      await expect(
        page.getByRole('group', { name: 'New ideas in campaigns you follow' }).getByLabel('At once, one email each time'),
      ).toBeChecked();
      await expect(page.getByRole('group', { name: 'Show these in your notifications' }).getByLabel('Replies to your comments')).not.toBeChecked();

      // Follow the campaign.
      await page.goto(DEMO_CAMPAIGN);
      await page.getByRole('button', { name: 'Follow this campaign' }).click();
      await expect(page).toHaveURL(DEMO_CAMPAIGN);
      await expect(page.locator('.follow-state')).toContainText('You follow this campaign');
      await settle();

      // Someone else puts an idea forward there.
      const developer = await browser.newContext();
      const other = await developer.newPage();
      await demoSignIn(other, 'Developer or supplier', '/account');
      const title = `Waiting room ${login}`;
      const submitted = await other.request.post(`${DEMO_CAMPAIGN}/ideas/new`, {
        form: {
          title,
          summary: 'Shows how long the wait is and what happens next.',
          description: 'A screen in the waiting room, and the same on your phone.',
          category: 'long-term-conditions',
          kind: 'new',
          link_url: '',
          other_links: '',
          submission_key: login,
          confirmed: 'yes',
        },
        maxRedirects: 0,
      });
      expect(submitted.status(), await submitted.text()).toBe(303);
      await developer.close();

      // Emailed at once, with the way to stop.
      const email = await emailTo(`${login}@example.org`, title);
      expect(decoded(email)).toContain(`put forward a new idea`);
      expect(decoded(email)).toContain(title);
      expect(email).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
      const unsubscribe = email.match(/^List-Unsubscribe: <http:\/\/127\.0\.0\.1:\d+(\/email\/unsubscribe\?token=[^>]+)>/m)![1];
      await page.goto(unsubscribe);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stop emails');
      await expect(page.locator('main')).toContainText(`We will stop sending any emails to ${login}@example.org.`);
      await settle();
      await page.getByRole('button', { name: 'Stop all emails' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('You will not get any more emails');
      await settle();
      await page.getByRole('link', { name: 'Choose what we email you' }).click();
      await expect(
        page.getByRole('group', { name: 'New ideas in campaigns you follow' }).getByLabel('Not by email'),
      ).toBeChecked();
    });
  });
}
