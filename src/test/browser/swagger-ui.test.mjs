// Opens Swagger UI in headless Chromium as a journalist would: finds "Get a resolution", presses "Try it out",
// runs it for s-res-2254-2015 and reads the date in the rendered answer. The page must load with no failed
// request and no console error. A screenshot is saved for people to look at.
//
//   UNREF_URL=http://localhost:8080 node --test      (after `npm install` here)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const base = process.env.UNREF_URL ?? 'http://localhost:8080';
const shots = process.env.UNREF_SCREENSHOTS ?? '../../../target/browser';

test('a journalist runs "Get a resolution" for 2254 (2015) from Swagger UI', async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const failures = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1500 } });
    page.on('console', (message) => {
      if (message.type() === 'error') failures.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => failures.push(`failed request: ${request.url()} ${request.failure()?.errorText}`));
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`HTTP ${response.status()}: ${response.url()}`);
    });

    // Deep link straight to the operation, as a link in an article would.
    await page.goto(`${base}/q/swagger-ui/#/Resolutions/getResolution`, { waitUntil: 'networkidle' });
    const operation = page.locator('#operations-Resolutions-getResolution');
    await operation.waitFor({ state: 'visible' });
    if (!(await operation.locator('.try-out__btn').isVisible())) {
      await operation.locator('.opblock-summary').click();
    }
    await operation.locator('.try-out__btn').click();
    const id = operation.locator('tr[data-param-name="id"] input');
    await id.fill('s-res-2254-2015');
    await operation.locator('button.execute').click();

    const answer = operation.locator('.live-responses-table .response .response-col_status').first();
    await answer.waitFor({ state: 'visible' });
    assert.equal((await answer.innerText()).trim(), '200');
    const body = operation.locator('.live-responses-table .highlight-code').first();
    await body.waitFor({ state: 'visible' });
    const text = await body.innerText();
    assert.match(text, /"adoptionDate": "2015-12-18"/);
    assert.match(text, /"symbol": "S\/RES\/2254 \(2015\)"/);

    mkdirSync(shots, { recursive: true });
    await page.evaluate(() => window.scrollBy(0, 0));
    await answer.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.evaluate(() => window.scrollBy(0, -260));
    await page.screenshot({ path: `${shots}/swagger-ui-try-it-out.png`, fullPage: false });
    assert.deepEqual(failures, []);
  } finally {
    await browser.close();
  }
});
