import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  DEMO_CAMPAIGN,
  expect,
  test,
  expectNoAxeViolations,
  failOnBrowserErrors,
  signInWithTestId,
  waitForHydration,
} from './helpers';

/** Every `<loc>` in a sitemap or sitemap index. */
function locations(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1].replaceAll('&amp;', '&'));
}

test('the sitemap parses, and every address in it answers 200', async ({ request, baseURL }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  const index = await request.get('/sitemap.xml');
  expect(index.status()).toBe(200);
  const files = locations(await index.text());
  expect(files.length).toBeGreaterThan(2);
  const urls: string[] = [];
  for (const file of files) {
    const response = await request.get(file);
    expect(response.status(), file).toBe(200);
    urls.push(...locations(await response.text()));
  }
  expect(urls).toContain(`${baseURL}/`);
  expect(urls.some((u) => u.startsWith(`${baseURL}/ideas/`))).toBe(true);
  expect(urls.some((u) => u.startsWith(`${baseURL}/directory/`))).toBe(true);
  for (const url of urls) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(200);
  }
});

test('public pages carry a description, a canonical address and a preview picture that loads', async ({ page, request, baseURL }) => {
  await page.goto(DEMO_CAMPAIGN);
  const idea = await page.locator('.idea-card a').first().getAttribute('href');
  for (const path of ['/', DEMO_CAMPAIGN, idea!, '/directory']) {
    await page.goto(path);
    await expect(page.locator('meta[name=description]')).toHaveCount(1);
    expect(await page.locator('meta[name=description]').getAttribute('content')).toBeTruthy();
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', `${baseURL}${path}`);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect((await request.get(image!)).status(), image!).toBe(200);
  }
});

test.describe('the directory on another site', () => {
  test('the embed can be framed by another origin, and other pages refuse to be', async ({ page, baseURL }) => {
    // A page of another site: its own server on loopback (Chromium keeps pages it does
    // not know the address of from framing loopback ones at all), on another host name
    // and port, so another origin.
    const host = createServer((_, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(`<!DOCTYPE html><html lang="en"><head><title>Host</title></head><body>
        <iframe id="embed" title="Apps" src="${baseURL}/embed/directory?platform=web"></iframe>
        <iframe id="page" title="Directory" src="${baseURL}/directory"></iframe>
      </body></html>`);
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    const { port } = host.address() as AddressInfo;
    const refusals: string[] = [];
    page.on('requestfailed', (request) => refusals.push(`${request.url()} ${request.failure()?.errorText}`));
    const directory = page.waitForResponse((r) => r.url() === `${baseURL}/directory`);
    await page.goto(`http://localhost:${port}/host.html`);
    const embed = page.frameLocator('#embed');
    await expect(embed.locator('.app-embed-directory__card').first()).toBeVisible();
    await expect(embed.getByRole('heading', { level: 1 })).toHaveText('Apps and tools');
    // Links open the listing here, in a new tab, leaving the host page where it is.
    const link = embed.locator('.app-embed-directory__card a').first();
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('href', new RegExp(`^${baseURL}/directory/`));
    // The whole directory page arrives, saying it may not be framed, and is not shown.
    const answer = await directory;
    expect(answer.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await expect(embed.locator('.app-embed-directory__card').first()).toBeVisible();
    await expect(page.frameLocator('#page').getByRole('heading', { name: 'Apps and tools directory' })).toHaveCount(0);
    expect(refusals.filter((r) => r.includes('/embed/'))).toEqual([]);
    host.close();
  });

  for (const javaScriptEnabled of [true, false]) {
    test(`the embed searches within its filters and is accessible (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto('/embed/directory?platform=web');
      const all = await page.locator('.app-embed-directory__card h3').count();
      expect(all).toBeGreaterThan(0);
      const first = (await page.locator('.app-embed-directory__card h3 a').first().innerText())
        .replace('(opens in a new tab)', '')
        .trim();
      await page.getByLabel('Search apps and tools').fill(first);
      await page.getByRole('button', { name: 'Search' }).click();
      await expect(page).toHaveURL(/platform=web/);
      await expect(page.locator('.app-embed-directory__card h3').first()).toContainText(first);
      if (javaScriptEnabled) await expectNoAxeViolations(page);
      await context.close();
    });
  }

  test('the fragment is the same list, for a page that includes it', async ({ request }) => {
    const fragment = await request.get('/api/v1/listings.html?platform=web');
    expect(fragment.status()).toBe(200);
    expect(fragment.headers()['access-control-allow-origin']).toBe('*');
    const html = await fragment.text();
    expect(html.startsWith('<section')).toBe(true);
    expect(html).toContain('app-embed-directory__card');
  });
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`an author looks after their idea (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, () => {
    test.use({ javaScriptEnabled });

    test('changes its words, then withdraws it', async ({ page }) => {
      const stamp = `${javaScriptEnabled ? 'js' : 'nojs'}${Date.now()}`;
      await signInWithTestId(page, `author-${stamp}`);
      const errors = failOnBrowserErrors(page);
      const settle = async () => {
        if (javaScriptEnabled) {
          await waitForHydration(page);
          await expectNoAxeViolations(page);
        }
      };
      const title = `Tool numbat${stamp}`;
      await page.goto(`${DEMO_CAMPAIGN}/ideas/new`);
      await page.getByLabel('Title').fill(title);
      await page.getByLabel('Summary').fill('Breathing exercises for people with asthma.');
      await page.getByLabel('Long-term conditions').check();
      await page.getByLabel('Idea for a new app or tool').check();
      await page.getByRole('button', { name: 'Submit your idea' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await settle();

      await page.getByRole('link', { name: 'Change your idea' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Change your idea');
      await settle();
      // An empty title is refused next to the field, the rest kept.
      await page.getByLabel('Title').fill('');
      await page.getByRole('button', { name: 'Save your changes' }).click();
      await expect(page.locator('#title-error')).toBeVisible();
      await expect(page.getByLabel('Summary')).toHaveValue('Breathing exercises for people with asthma.');
      // The refusal answers 422, which the browser logs as an error: expected here.
      errors.length = 0;
      await settle();
      const changed = `${title} for children`;
      await page.getByLabel('Title').fill(changed);
      await page.getByRole('button', { name: 'Save your changes' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(changed);
      await expect(page.locator('.nhsuk-notification-banner')).toContainText('Your idea has been changed');
      await page.locator('.idea-versions summary').click();
      await expect(page.locator('.idea-versions')).toContainText(title);
      await settle();

      await page.getByRole('link', { name: 'Withdraw your idea' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Withdraw');
      await settle();
      await page.getByRole('button', { name: 'Withdraw your idea' }).click();
      await expect(page.locator('.nhsuk-notification-banner')).toContainText('Your idea has been withdrawn');
      await expect(page.locator('.idea-withdrawn')).toContainText('Withdrawn on');
      await expect(page.getByRole('button', { name: 'Support this idea' })).toHaveCount(0);
      await settle();
      await page.goto(`${DEMO_CAMPAIGN}?sort=newest`);
      await expect(page.getByRole('link', { name: changed })).toHaveCount(0);
      expect(errors).toEqual([]);
    });
  });
}
