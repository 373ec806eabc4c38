import {
  DEMO_CAMPAIGN,
  expect,
  expectNoAxeViolations,
  failOnBrowserErrors,
  signInWithTestId,
  test,
  waitForHydration,
} from './helpers';

// Taking part end to end, with JavaScript on and off: put an idea forward (fixing a
// mistake on the way), find it by searching, and discuss it.
for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';
  test.describe(mode, () => {
    test.use({ javaScriptEnabled });

    test('a person puts an idea forward, finds it by searching, and comments on it', async ({ page }) => {
      const stamp = `${javaScriptEnabled ? 'js' : 'nojs'}${Date.now()}`;
      await signInWithTestId(page, `ideas-${stamp}`);
      const errors = failOnBrowserErrors(page);
      const settle = async () => {
        if (javaScriptEnabled) await waitForHydration(page);
      };

      await page.goto(DEMO_CAMPAIGN);
      await settle();
      await page.getByRole('link', { name: 'Put forward an idea' }).first().click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Put forward an idea');
      await settle();
      if (javaScriptEnabled) await expectNoAxeViolations(page);

      // A unique word to search for later; no demo idea shares it.
      const word = `quokka${stamp}`;
      // ("Tool" is too common to make two ideas alike.)
      const title = `Tool ${word}`;
      await page.getByLabel('Title').fill(title);
      await page.getByLabel('Long-term conditions').check();
      await page.getByLabel('Idea for a new app or tool').check();
      // The summary is missing: refused, with the message next to it and what was typed kept.
      await page.getByRole('button', { name: 'Submit your idea' }).click();
      await expect(page).toHaveTitle('Error: Put forward an idea – Ideas and Apps');
      await expect(page.locator('#summary-error')).toContainText('Enter a summary');
      await expect(page.getByLabel('Title')).toHaveValue(title);
      await expect(page.getByLabel('Long-term conditions')).toBeChecked();
      await settle();
      if (javaScriptEnabled) await expectNoAxeViolations(page);

      await page.getByLabel('Summary').fill('Music practice that helps people recovering from a stroke.');
      await page.getByRole('button', { name: 'Submit your idea' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page.locator('.nhsuk-notification-banner')).toContainText('published');
      await settle();
      if (javaScriptEnabled) await expectNoAxeViolations(page);

      // Found by searching the campaign.
      await page.goto(DEMO_CAMPAIGN);
      await settle();
      await page.getByLabel('Search ideas').fill(word);
      await page.getByRole('button', { name: 'Find ideas' }).click();
      await expect(page).toHaveURL(new RegExp(`q=${word}`));
      await expect(page.locator('#ideas')).toHaveText('1 idea found');
      await settle();
      if (javaScriptEnabled) await expectNoAxeViolations(page);
      await page.getByRole('link', { name: title }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await settle();

      // A comment: an empty one is refused, then posted.
      await page.getByRole('button', { name: 'Post your comment' }).click();
      await expect(page.locator('#comment-body-error')).toContainText('Enter your comment');
      await settle();
      await page.getByLabel('Your comment').fill('I would use this **every day**.');
      await page.getByRole('button', { name: 'Post your comment' }).click();
      await expect(page.locator('.nhsuk-notification-banner')).toContainText('comment has been posted');
      await expect(page.locator('.comment__body').last()).toContainText('I would use this every day.');
      await expect(page.locator('#comments-heading')).toHaveText('1 comment');
      await settle();
      if (javaScriptEnabled) await expectNoAxeViolations(page);

      // Supporting it: in place with JavaScript, through the form and back without.
      await page.getByRole('button', { name: 'Support this idea' }).click();
      if (!javaScriptEnabled) {
        await expect(page.locator('.nhsuk-notification-banner')).toContainText('You now support this idea');
      }
      await expect(page.locator('.idea-support__count')).toHaveText('1 person supports this idea');
      await expect(page.getByRole('button', { name: 'Withdraw your support' })).toBeVisible();
      // Refused forms answer 422, which the browser logs; anything else is a fault.
      expect(errors.filter((e) => !e.includes('status of 422'))).toEqual([]);
    });

    test('similar ideas are offered before a new one is stored', async ({ page }) => {
      const stamp = `${javaScriptEnabled ? 'js' : 'nojs'}${Date.now()}`;
      await signInWithTestId(page, `similar-${stamp}`);
      await page.goto(`${DEMO_CAMPAIGN}/ideas/new`);
      if (javaScriptEnabled) {
        await waitForHydration(page);
        // While typing: the suggestions appear under the title.
        await page.getByLabel('Title').pressSequentially('A sleep diary', { delay: 20 });
        await expect(page.locator('.similar-live .similar-ideas__item').first()).toBeVisible();
        await expectNoAxeViolations(page);
      } else {
        // On a confirmation step after the first post.
        await page.getByLabel('Title').fill('A sleep diary for shift workers');
        await page.getByLabel('Summary').fill('Track sleep across changing shifts.');
        await page.getByLabel('Mental health').check();
        await page.getByLabel('Idea for a new app or tool').check();
        await page.getByRole('button', { name: 'Submit your idea' }).click();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is your idea already here?');
        await expect(page.getByLabel('Title')).toHaveValue('A sleep diary for shift workers');
      }
      const first = page.locator('.similar-ideas__item').first();
      const similarTitle = (await first.locator('a').textContent())?.trim() ?? '';
      await first.getByRole('button', { name: 'Support this idea instead' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(similarTitle);
      await expect(page.locator('.nhsuk-notification-banner')).toContainText('You now support this idea');
    });
  });
}

test.describe('the plain-language hint (with JavaScript)', () => {
  test('it follows the description as it is written', async ({ page }) => {
    await signInWithTestId(page, `plain-${Date.now()}`);
    await page.goto(`${DEMO_CAMPAIGN}/ideas/new`);
    await waitForHydration(page);
    const hint = page.locator('.plain-language');
    await expect(hint).toHaveText('');
    const description = page.getByLabel('Description (optional)');
    await description.fill(
      'Comprehensive longitudinal monitoring of physiological sleep parameters, integrated with contemporaneous ' +
        'medication administration documentation, would facilitate individualised therapeutic optimisation ' +
        'across geographically distributed healthcare institutions.',
    );
    await expect(hint).toContainText('most people read most easily at about 9 to 11');
    await description.fill(
      'I want an app to help me sleep. It would show when I went to bed. It would show when I woke up. Then I could see what helps me.',
    );
    await expect(hint).toContainText('clear for most people');
    await expect(hint).toHaveAttribute('aria-live', 'polite');
    await expectNoAxeViolations(page);
  });
});
