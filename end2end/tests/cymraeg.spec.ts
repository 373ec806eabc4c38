import { DEMO_CAMPAIGN, demoSignIn, expect, expectNoAxeViolations, failOnBrowserErrors, test, waitForHydration } from './helpers';

// The service in Welsh: the switcher on every page keeps the page the person was on,
// the choice lasts from page to page, and the Welsh pages are as accessible as the
// English ones. With JavaScript on and off: the switcher is a plain link.
for (const javaScriptEnabled of [true, false]) {
  test.describe(`Cymraeg (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, () => {
    test.use({ javaScriptEnabled });

    test('the switcher keeps the page, the choice lasts, and English is one link away', async ({ page }) => {
      const errors = failOnBrowserErrors(page);
      await page.goto(`${DEMO_CAMPAIGN}?sort=newest`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Cymraeg' }).click();

      // The same list, in the same order, in Welsh.
      await expect(page).toHaveURL(new RegExp(`${DEMO_CAMPAIGN}\\?sort=newest&lang=cy$`));
      await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
      await expect(page.locator('.nhsuk-caption-l')).toHaveText('Ymgyrch');
      await expect(page.locator('.sort-links__current')).toHaveText('Y diweddaraf');
      await expect(page.getByRole('heading', { level: 2, name: /^Syniadau \(\d+\)$/ })).toBeVisible();
      // axe runs in the page, so only with JavaScript (site.spec.ts checks the Welsh
      // pages as the server renders them too).
      if (javaScriptEnabled) {
        await waitForHydration(page);
        await expectNoAxeViolations(page);
      }

      // A plain link to another page: still Welsh, from the cookie.
      await page.getByRole('navigation', { name: 'Dewislen' }).getByRole('link', { name: 'Ymgyrchoedd' }).click();
      await expect(page).toHaveURL(/\/$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Syniadau ac apiau er gwell iechyd');
      await expect(page).toHaveTitle('Hafan – Syniadau ac Apiau');

      // And back to English where the person is.
      await page.getByRole('navigation', { name: 'Iaith' }).getByRole('link', { name: 'English' }).click();
      await expect(page).toHaveURL(/\/\?lang=en$/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ideas and apps for better health');
      expect(errors).toEqual([]);
    });

    test('a Welsh speaker signs in, puts an idea forward, finds it, supports it and comments, all in Welsh', async ({ page }) => {
      const errors = failOnBrowserErrors(page);
      const settle = async () => {
        if (javaScriptEnabled) await waitForHydration(page);
      };
      const stamp = `${javaScriptEnabled ? 'js' : 'nojs'}${Date.now()}`;
      // A Welsh word no demo idea has, to search for.
      const word = `meddyginiaeth${stamp}`;
      const title = `Atgoffa am ${word}`;

      await page.goto(`${DEMO_CAMPAIGN}?lang=cy`);
      await page.getByRole('link', { name: 'Mewngofnodi' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mewngofnodi');
      await page.getByLabel("Aelod o'r cyhoedd", { exact: true }).check();
      await page.getByRole('button', { name: 'Mewngofnodi' }).click();
      await expect(page).toHaveURL(new RegExp(`${DEMO_CAMPAIGN}`));
      await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
      // The campaign as its administrator wrote it in Welsh.
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Apiau ar gyfer iechyd bob dydd');
      await settle();

      await page.getByRole('link', { name: 'Cynnig syniad' }).first().click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cynnig syniad');
      await settle();
      if (javaScriptEnabled) await expectNoAxeViolations(page);
      // Sent too soon: what is missing is said by each field, in Welsh.
      await page.getByLabel('Crynodeb').fill("Ap sy'n atgoffa pobl i gymryd eu meddyginiaeth ar yr amser iawn bob dydd.");
      await page.getByRole('button', { name: 'Cyflwyno eich syniad' }).click();
      await expect(page.locator('.nhsuk-error-summary')).toContainText('Mae problem wedi codi');
      await expect(page.locator('#title-error')).toHaveText('Gwall: Rhowch deitl');
      await expect(page.getByLabel('Crynodeb')).toHaveValue("Ap sy'n atgoffa pobl i gymryd eu meddyginiaeth ar yr amser iawn bob dydd.");
      await settle();
      if (javaScriptEnabled) await expectNoAxeViolations(page);
      await page.getByLabel('Teitl').fill(title);
      await page.getByLabel('Cyflyrau hirdymor').check();
      await page.getByLabel('Syniad am ap neu adnodd newydd').check();
      await page.getByRole('button', { name: 'Cyflwyno eich syniad' }).click();
      // The other run's idea may look like this one: then the similar ideas are offered
      // first (in Welsh), and this one is sent on all the same.
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).toHaveText(new RegExp(`^(${title}|Ydy eich syniad yma'n barod\\?)$`));
      if ((await heading.textContent()) !== title) {
        await page.getByRole('button', { name: 'Cyflwyno fy syniad' }).click();
      }
      await expect(heading).toHaveText(title);
      await expect(page.locator('.nhsuk-notification-banner')).toContainText("Mae eich syniad wedi'i gyhoeddi");
      await settle();
      if (javaScriptEnabled) await expectNoAxeViolations(page);

      // Found by a Welsh word.
      await page.goto(DEMO_CAMPAIGN);
      await page.getByLabel('Chwilio syniadau').fill(word);
      await page.getByRole('button', { name: 'Dod o hyd i syniadau' }).click();
      await expect(page.locator('#ideas')).toHaveText('Wedi dod o hyd i 1 syniad');
      await page.getByRole('link', { name: title }).click();
      await settle();

      // Supported: in place with JavaScript, through the form without; the count in Welsh.
      const before = await page.locator('.idea-support__count').textContent();
      await page.getByRole('button', { name: "Cefnogi'r syniad hwn" }).click();
      if (!javaScriptEnabled) {
        await expect(page.locator('.nhsuk-notification-banner')).toContainText("Rydych bellach yn cefnogi'r syniad hwn");
      }
      await expect(page.getByRole('button', { name: 'Tynnu eich cefnogaeth yn ôl' })).toBeVisible();
      await expect(page.locator('.idea-support__count')).not.toHaveText(before ?? '');
      await expect(page.locator('.idea-support__count')).toHaveText(/yn cefnogi'r syniad hwn$/);
      await expect(page.locator('.follow-form button')).toContainText('Stopio dilyn');

      // A comment.
      await page.getByLabel('Eich sylw').fill('Byddwn i’n defnyddio hwn bob dydd.');
      await page.getByRole('button', { name: 'Postio eich sylw' }).click();
      await expect(page.locator('.nhsuk-notification-banner')).toContainText("Mae eich sylw wedi'i bostio");
      await expect(page.locator('#comments-heading')).toHaveText('1 sylw');
      await settle();
      if (javaScriptEnabled) await expectNoAxeViolations(page);

      // Their account, and what they are told about, in Welsh; emails to follow suit.
      await page.goto('/account');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Eich cyfrif');
      await settle();
      if (javaScriptEnabled) await expectNoAxeViolations(page);
      await page.getByRole('link', { name: "Dewiswch beth rydyn ni'n dweud wrthych amdano, a sut" }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText("Beth rydyn ni'n dweud wrthych amdano");
      await expect(page.getByRole('group', { name: 'Ym mha iaith y dylen ni anfon e-bost atoch?' }).getByLabel('Cymraeg')).toBeChecked();
      await settle();
      if (javaScriptEnabled) await expectNoAxeViolations(page);
      // The refused form answers 422, which the browser logs; anything else is a fault.
      expect(errors.filter((e) => !e.includes('status of 422'))).toEqual([]);
    });
  });
}

/** Signs in with the demo sign-in, in Welsh, as `role` (its Welsh label). */
async function mewngofnodi(page: import('@playwright/test').Page, role: string, returnTo: string) {
  await page.context().clearCookies();
  await page.goto(`/sign-in?lang=cy&return_to=${encodeURIComponent(returnTo)}`);
  await page.getByLabel(role, { exact: true }).check();
  await page.getByRole('button', { name: 'Mewngofnodi' }).click();
  await expect(page).toHaveURL(returnTo);
}

// Moderating in Welsh: a report sent from a Welsh page, the queue worked in Welsh (its
// messages too), and the public log in Welsh. With JavaScript on and off.
for (const javaScriptEnabled of [true, false]) {
  test.describe(`Cymedroli (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, () => {
    test.use({ javaScriptEnabled });

    test('someone reports an idea and a moderator hides it, all in Welsh', async ({ page }) => {
      const settle = async () => {
        if (javaScriptEnabled) await waitForHydration(page);
      };
      // Words no other idea uses, so no "is your idea already here?" step; the test
      // hides its own idea, never the demo's.
      const title = `${javaScriptEnabled ? 'Sebra sgots' : 'Morlo origami'} ${Date.now()}`;
      await mewngofnodi(page, 'Datblygwr neu gyflenwr', `${DEMO_CAMPAIGN}/ideas/new`);
      await page.getByLabel('Teitl').fill(title);
      await page.getByLabel('Crynodeb').fill("Rhywbeth i gymedrolwr edrych arno, mewn un frawddeg.");
      await page.getByLabel('Cyflyrau hirdymor').check();
      await page.getByLabel('Syniad am ap neu adnodd newydd').check();
      await page.getByRole('button', { name: 'Cyflwyno eich syniad' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      const idea = new URL(page.url()).pathname;

      await mewngofnodi(page, "Aelod o'r cyhoedd", idea);
      await page.getByRole('link', { name: 'Rhoi gwybod am y syniad hwn' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rhoi gwybod am y syniad hwn');
      await settle();
      if (javaScriptEnabled) await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Anfon yr adroddiad' }).click();
      await expect(page.locator('#reason-error')).toHaveText('Gwall: Dewiswch pam rydych yn rhoi gwybod amdano');
      await page.getByLabel('Sbam neu hysbysebu').check();
      await page.getByRole('button', { name: 'Anfon yr adroddiad' }).click();
      await expect(page).toHaveURL(/done=reported/);

      await mewngofnodi(page, 'Cymedrolwr', '/moderation');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cymedroli');
      await settle();
      if (javaScriptEnabled) await expectNoAxeViolations(page);
      const tick = page.getByRole('checkbox', { name: `Dewis Syniad: ${title}` });
      await tick.check();
      await page.getByLabel('Cuddio', { exact: true }).check();
      await page.getByRole('button', { name: "Rhoi ar waith ar yr eitemau a diciwyd" }).click();
      await expect(page.locator('#template-error')).toContainText("Dewiswch y rheol mae'n ei thorri");
      await expect(tick).toBeChecked();
      await page.getByLabel("Y rheol mae'n ei thorri").selectOption({ label: "Mae'n sbam neu'n hysbysebu." });
      await page.getByRole('button', { name: "Rhoi ar waith ar yr eitemau a diciwyd" }).click();
      await expect(page.locator('.nhsuk-notification-banner')).toContainText("Mae 1 eitem wedi'i thrin.");

      // In the public log, in Welsh, with the rule's words.
      await page.goto('/moderation-log');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log cymedroli');
      await expect(page.locator('tbody tr').first()).toContainText("Mae'n sbam neu'n hysbysebu.");
      await settle();
      if (javaScriptEnabled) await expectNoAxeViolations(page);
    });
  });
}

// Listing an app in Welsh: a developer's organisation and listing, with the messages
// by their fields in Welsh; a moderator (reading English) publishes it; the public finds
// it in the Welsh directory. With JavaScript on and off.
for (const javaScriptEnabled of [true, false]) {
  test.describe(`Rhestru ap (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, () => {
    test.use({ javaScriptEnabled });

    test('a developer lists an app in Welsh, and the public finds it in the Welsh directory', async ({ page }) => {
      const settle = async () => {
        if (javaScriptEnabled) await waitForHydration(page);
      };
      const name = `Dyddiadur cwsg ${javaScriptEnabled ? 'js' : 'nojs'} ${Date.now()}`;
      await mewngofnodi(page, "Aelod o'r cyhoedd", '/developer');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText("Eich apiau a'ch adnoddau");
      await settle();
      if (javaScriptEnabled) await expectNoAxeViolations(page);
      await page.getByLabel("Enw'r sefydliad").fill('Gorffwys Cyf');
      await page.getByLabel('Cyfeiriad e-bost cyswllt').fill('dim e-bost');
      await page.getByRole('button', { name: /Dod yn ddatblygwr|Cadw eich sefydliad/ }).click();
      await expect(page.locator('#contact-email-error')).toContainText('yn y fformat cywir');
      await expect(page.getByLabel("Enw'r sefydliad")).toHaveValue('Gorffwys Cyf');
      await page.getByLabel('Cyfeiriad e-bost cyswllt').fill('tim@gorffwys.example.org');
      await page.getByRole('button', { name: /Dod yn ddatblygwr|Cadw eich sefydliad/ }).click();
      await expect(page.locator('.nhsuk-notification-banner')).toContainText("Mae proffil eich sefydliad wedi'i gadw");

      await page.getByRole('link', { name: 'Rhestru ap neu adnodd' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rhestru ap neu adnodd');
      await settle();
      if (javaScriptEnabled) await expectNoAxeViolations(page);
      // Written in Welsh, as the page is, unless the developer says otherwise.
      await expect(page.getByLabel('Cymraeg', { exact: true })).toBeChecked();
      await page.getByLabel("Enw'r ap neu'r adnodd").fill(name);
      await page.getByLabel('Disgrifiad un llinell').fill("Dyddiadur cwsg sy'n dangos beth sy'n eich helpu i orffwys");
      await page.getByLabel('Disgrifiad', { exact: true }).fill('Cadwch ddyddiadur o **gwsg** a hwyliau.');
      await page.getByLabel('Gwefan', { exact: true }).fill('javascript:alert(1)');
      await page.getByLabel('Gwe', { exact: true }).check();
      await page.getByRole('group', { name: 'Categorïau' }).getByRole('checkbox').first().check();
      await page.getByLabel("Aelodau'r cyhoedd", { exact: true }).check();
      await page.getByLabel('Am ddim', { exact: true }).check();
      await page.getByRole('button', { name: "Anfon i'w adolygu" }).click();
      await expect(page.locator('#website-url-error')).toHaveText("Gwall: Rhowch gyfeiriad gwe sy'n dechrau gyda https://");
      await expect(page.getByLabel("Enw'r ap neu'r adnodd")).toHaveValue(name);
      await page.getByLabel('Gwefan', { exact: true }).fill('https://gorffwys.example.org');
      await page.getByRole('button', { name: "Anfon i'w adolygu" }).click();
      await expect(page.locator('.nhsuk-notification-banner')).toContainText("wedi'i anfon i gael ei adolygu");
      await expect(page.locator('strong.nhsuk-tag')).toHaveText("Yn aros i gael ei adolygu");

      // A moderator who reads English publishes it.
      await demoSignIn(page, 'Moderator', '/moderation/listings');
      await page.getByRole('link', { name, exact: true }).click();
      await page.getByLabel('Approve and publish').check();
      await page.getByRole('button', { name: 'Record the decision' }).click();
      await expect(page.locator('.nhsuk-notification-banner')).toContainText('decision has been recorded');

      // Found in the Welsh directory.
      await page.context().clearCookies();
      await page.goto('/directory?lang=cy');
      await settle();
      await page.getByLabel('Chwilio').fill(name);
      await page.getByRole('button', { name: 'Dangos apiau ac adnoddau' }).click();
      await expect(page.locator('#results')).toHaveText('1 ap neu adnodd');
      await page.getByRole('link', { name, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
      await expect(page.getByText('Adolygwyd ddiwethaf gan gymedrolwr ar')).toBeVisible();
      await settle();
      if (javaScriptEnabled) await expectNoAxeViolations(page);
      // In English, its Welsh words are marked as Welsh.
      await page.goto(`${new URL(page.url()).pathname}?lang=en`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'cy');
    });
  });
}

test('a browser that asks for Welsh first gets Welsh', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'cy-GB' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page.getByRole('link', { name: 'Mewngofnodi' })).toBeVisible();
  // The other language's link says its name in its own language, marked as such.
  const english = page.getByRole('navigation', { name: 'Iaith' }).getByRole('link', { name: 'English' });
  await expect(english).toHaveAttribute('lang', 'en');
  await expect(english).toHaveAttribute('hreflang', 'en');
  await context.close();
});
