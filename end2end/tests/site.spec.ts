import {
  DEMO_CAMPAIGN,
  demoSignIn,
  expect,
  test,
  expectNoAxeViolations,
  failOnBrowserErrors,
  ideaIds,
  ideaTitles,
  waitForHydration,
} from './helpers';

test.describe('with JavaScript', () => {
  test('the home page renders, hydrates and shows the open campaign', async ({ page }) => {
    const errors = failOnBrowserErrors(page);
    const response = await page.goto('/');
    // Hydration must work under the page's strict policy (no inline script without its nonce).
    expect(response?.headers()['content-security-policy']).toContain("'nonce-");
    await expect(page).toHaveTitle('Home – Ideas and Apps');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ideas and apps for better health');
    await expect(page.getByRole('heading', { name: 'Apps for everyday health' })).toBeVisible();
    await waitForHydration(page);
    // The demo campaign's five most supported (other tests open campaigns of their own).
    const demo = page.locator('section.campaign', { has: page.getByRole('heading', { name: 'Apps for everyday health' }) });
    await expect(demo.locator('.idea-card h3')).toHaveCount(5);
    expect(errors).toEqual([]);
  });

  test('the bundle comes compressed, named by its contents, and kept for a year', async ({ page }) => {
    const assets: { url: string; encoding?: string; cache?: string; status: number }[] = [];
    page.on('response', (r) => {
      if (new URL(r.url()).pathname.startsWith('/pkg/')) {
        assets.push({ url: r.url(), encoding: r.headers()['content-encoding'], cache: r.headers()['cache-control'], status: r.status() });
      }
    });
    const response = await page.goto('/');
    expect(response?.headers()['content-encoding']).toMatch(/^(br|gzip)$/);
    await waitForHydration(page);
    const names = assets.map((a) => new URL(a.url).pathname);
    for (const name of names) expect(name).toMatch(/^\/pkg\/ideas\.[\w-]{22}\.(css|js|wasm)$/);
    expect(names.map((n) => n.split('.').pop()).sort()).toEqual(['css', 'js', 'wasm']);
    for (const asset of assets) {
      expect(asset.status, asset.url).toBe(200);
      expect(asset.encoding, asset.url).toMatch(/^(br|gzip)$/);
      expect(asset.cache, asset.url).toBe('public, max-age=31536000, immutable');
    }
  });

  test("the browser's code carries no translations: islands are given their words", async ({ page }) => {
    await page.goto('/');
    await waitForHydration(page);
    const wasm = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name).find((n) => n.endsWith('.wasm')),
    );
    expect(wasm).toBeTruthy();
    const body = await (await page.request.get(wasm!)).body();
    expect(body.length).toBeGreaterThan(10_000);
    // Words from three of the Fluent files, in both languages: none is in the bundle.
    for (const words of ['Mewngofnodwch i wneud hynny', 'Cyfeiriadur apiau', 'Sign in to do that', 'Which language is your idea']) {
      expect(body.includes(words), words).toBe(false);
    }
  });

  test('pages arrive as HTML, and only their interactive parts are hydrated (islands)', async ({ page }) => {
    const errors = failOnBrowserErrors(page);
    await page.goto('/');
    await waitForHydration(page);
    await page.getByRole('link', { name: 'Apps for everyday health' }).click();
    await expect(page).toHaveURL(DEMO_CAMPAIGN);
    await expect(page).toHaveTitle('Apps for everyday health – Ideas and Apps');
    await waitForHydration(page);
    const top = await ideaIds(page);
    await page.getByRole('link', { name: 'Newest' }).click();
    await expect(page).toHaveURL(`${DEMO_CAMPAIGN}?sort=newest#ideas`);
    await expect(page.locator('.sort-links [aria-current]')).toHaveText('Newest');
    await page.goBack();
    await expect(page.locator('.sort-links [aria-current]')).toHaveText('Most supported');
    expect(await ideaIds(page)).toEqual(top);

    // A list has nothing interactive: no island, and none of the data the page was
    // drawn from sent again for hydration.
    const list = await (await page.request.get(DEMO_CAMPAIGN)).text();
    expect(list).toContain('__RESOLVED_RESOURCES=[]');
    expect(list).not.toContain('<leptos-island');
    // An idea's page has one: supporting it, with just what it needs as its props.
    await page.locator('.idea-card h3 a').first().click();
    await waitForHydration(page);
    const islands = page.locator('leptos-island');
    await expect(islands).toHaveCount(1);
    expect(await islands.getAttribute('data-component')).toMatch(/^SupportPanel_/);
    expect(JSON.parse((await islands.getAttribute('data-props')) ?? '')).toMatchObject({ signed_in: false, open: true });
    expect(await page.content()).toContain('__RESOLVED_RESOURCES=[]');
    expect(errors).toEqual([]);
  });

  test('the skip link is the first thing the keyboard reaches and moves to the content', async ({ page }) => {
    await page.goto('/');
    await waitForHydration(page);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#maincontent$/);
  });

  test('an unknown page says so', async ({ page }) => {
    const response = await page.goto('/no-such-page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every page works and the ideas can be browsed and sorted', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Apps for everyday health' })).toBeVisible();
    await page.getByRole('link', { name: 'Apps for everyday health' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Apps for everyday health');
    const top = await ideaTitles(page);
    expect(top.length).toBeGreaterThan(5);

    await page.getByRole('link', { name: 'Newest' }).click();
    await expect(page).toHaveURL(`${DEMO_CAMPAIGN}?sort=newest#ideas`);
    expect(await ideaTitles(page)).not.toEqual(top);

    await page.getByRole('link', { name: top[0] }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(top[0]);
    await expect(page.locator('body')).not.toHaveAttribute('data-hydrated', 'true');
  });
});

test.describe('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  test('every page has no violations once hydrated', async ({ page }) => {
    // A dozen pages, each hydrated and checked by axe: more than the default allows on
    // a loaded two-core machine.
    test.setTimeout(120_000);
    for (const path of await pagesToCheck(page)) {
      await page.goto(path);
      await waitForHydration(page);
      await expectNoAxeViolations(page);
    }
  });

  test('every page has no violations as the server renders it', async ({ page }) => {
    test.setTimeout(120_000);
    // axe needs JavaScript to run, so instead of turning it off this keeps the site's own
    // bundle from loading: the page stays exactly as the server sent it.
    await page.route(/\/pkg\/.*\.(js|wasm)$/, (route) => route.abort());
    for (const path of await pagesToCheck(page)) {
      await page.goto(path);
      await expect(page.locator('body')).not.toHaveAttribute('data-hydrated', 'true');
      await expectNoAxeViolations(page);
    }
  });
});

/** Every kind of page the site has, with a real idea's address read from the campaign page. */
async function pagesToCheck(page: import('@playwright/test').Page): Promise<string[]> {
  await page.goto(DEMO_CAMPAIGN);
  const firstIdea = await page.locator('.idea-card a').first().getAttribute('href');
  expect(firstIdea).toMatch(/^\/ideas\/\d+-/);
  return [
    '/',
    DEMO_CAMPAIGN,
    `${DEMO_CAMPAIGN}?sort=newest`,
    firstIdea!,
    '/no-such-page',
    '/accessibility',
    '/privacy',
    '/cookies',
    '/rules',
    '/contact',
    '/welcome',
    // In Welsh (last: the choice is kept in a cookie for the pages after it).
    '/?lang=cy',
    `${DEMO_CAMPAIGN}?lang=cy`,
    firstIdea!,
  ];
}

// The design system's typeface: a page in the browser's default serif passed every
// other test once, so the computed font is checked on each kind of element.
test('text, headings, links, buttons and form fields use the NHS font stack', async ({ page }) => {
  await page.goto('/sign-in');
  const families = await page.evaluate(() =>
    ['body', 'h1', 'p', 'a', 'button', 'footer'].map((selector) => {
      const element = document.querySelector(selector);
      return [selector, element ? getComputedStyle(element).fontFamily : 'missing'];
    }),
  );
  await page.goto(`${DEMO_CAMPAIGN}?sort=newest`);
  const field = await page.evaluate(() => {
    const input = document.querySelector('input[type=search], input[type=text], select');
    return ['form field', input ? getComputedStyle(input).fontFamily : 'missing'];
  });
  for (const [what, family] of [...families, field]) {
    expect(family, what).toMatch(/^"?Frutiger W01"?, arial, sans-serif$/i);
  }
});

for (const javaScriptEnabled of [true, false]) {
  test(`the statutory pages are in every footer and accessible (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    for (const title of [
      'Accessibility statement',
      'Privacy notice',
      'Cookies',
      'Rules for taking part',
      'Contact us',
    ]) {
      await page.goto('/directory');
      await page.locator('footer').getByRole('link', { name: title }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      if (javaScriptEnabled) {
        await waitForHydration(page);
        await expectNoAxeViolations(page);
      }
    }
    await context.close();
  });
}

test('an administrator edits a statutory page', async ({ page }) => {
  await demoSignIn(page, 'Administrator', '/admin/pages');
  await waitForHydration(page);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Edit Contact us' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edit: Contact us');
  await waitForHydration(page);
  await expectNoAxeViolations(page);
  const text = `Write to the Example Health Board at hello@example.org (${Date.now()}).`;
  await page.getByLabel("The page's text", { exact: true }).fill(text);
  const welsh = `Ysgrifennwch at Fwrdd Iechyd Enghreifftiol yn hello@example.org (${Date.now()}).`;
  await page.getByLabel("The page's text in Welsh (Cymraeg)").fill(welsh);
  await page.getByRole('button', { name: 'Save the page' }).click();
  await expect(page.locator('.nhsuk-notification-banner')).toContainText('Contact us has been saved.');
  await page.goto('/contact');
  await expect(page.locator('main')).toContainText(text);
  await page.goto('/contact?lang=cy');
  await expect(page.locator('main')).toContainText(welsh);
  await expect(page.locator('.other-language')).toHaveCount(0);
  await page.goto('/contact?lang=en');
  // Back to the default text, for the tests that read the page.
  await page.goto('/admin/pages/contact');
  await page.getByRole('button', { name: 'Go back to the default text' }).click();
  await expect(page.locator('.nhsuk-notification-banner')).toContainText('back to its default text');
});
