import { expect, test } from './fixtures';

test('the service worker starts and the manifest asks only for what it needs', async ({ context }) => {
  const [worker] = context.serviceWorkers();
  const manifest = await worker!.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): unknown } } }).chrome.runtime.getManifest());
  expect(manifest).toMatchObject({
    manifest_version: 3,
    permissions: ['storage', 'activeTab', 'contextMenus', 'scripting'],
  });
  expect((manifest as { host_permissions?: string[] }).host_permissions ?? []).toEqual([]);
});

test('the popup opens', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByTestId('popup-title')).toHaveText('De-bias');
});

test('the content script runs on an NHS Jobs advert and adds only its own UI element', async ({ page }) => {
  await page.goto('https://www.jobs.nhs.uk/candidate/jobadvert/practice-receptionist');
  await expect(page.locator('de-bias-ui')).toHaveCount(1);
  await expect(page.locator('de-bias-ui').getByTestId('summary-pill')).toBeVisible();
  // Everything else in the body is the page's own markup.
  expect(await page.evaluate(() => [...document.body.children].filter((e) => e.tagName !== 'HEADER' && e.tagName !== 'MAIN').map((e) => e.tagName))).toEqual(['DE-BIAS-UI']);
});

test('a request to anywhere but this machine is blocked and reported', async ({ page, blocked }) => {
  await page.goto('https://www.jobs.nhs.uk/candidate/jobadvert/practice-receptionist');
  await page.evaluate(() => fetch('https://example.org/tracker').catch(() => 'blocked'));
  expect(blocked).toEqual(['https://example.org/tracker']);
  blocked.length = 0; // this test caused the request on purpose
});
