import { expect, test } from './fixtures';
import { serviceWorker } from './launch';

test('the service worker starts and the manifest asks only for what it needs', async ({ context }) => {
  const worker = await serviceWorker(context);
  const manifest = await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): unknown } } }).chrome.runtime.getManifest());
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

test("the popup's first screen, painted from its HTML before React loads, is laid out as React then lays it out", async ({ page, extensionId }) => {
  await page.setViewportSize({ width: 420, height: 600 }); // the popup's size
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByTestId('popup-title')).toHaveText('De-bias');
  // The title, Settings, the tabs and where the tab's panel starts: nothing may move or change its words.
  const layout = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('.popup-header > *, [role="tab"], [role="tabpanel"]')].map((e) => {
        const box = e.getBoundingClientRect();
        // The panel's height follows what the tab shows (its first words come from the Check tab).
        if (e.getAttribute('role') === 'tabpanel') return { text: '', selected: null, box: [box.x, box.y, box.width] };
        return { text: e.textContent, selected: e.getAttribute('aria-selected'), box: [box.x, box.y, box.width, box.height] };
      }),
    );
  const react = await layout();
  expect(react.map((e) => e.text)).toEqual(['De-bias', 'Settings', 'Check wording', 'Anonymise', 'Interview', '']);
  expect(await page.locator('main.popup').getAttribute('inert')).toBeNull();

  // The same page with its HTML's first screen in place of React's.
  await page.evaluate(async () => {
    const html = await (await fetch('/popup.html')).text();
    const shell = new DOMParser().parseFromString(html, 'text/html').querySelector('#root > main')!;
    document.getElementById('root')!.replaceChildren(document.importNode(shell, true));
  });
  expect(await layout()).toEqual(react);
  // Until React takes over, nothing on it answers a click or a key.
  expect(await page.locator('main.popup').getAttribute('inert')).toBe('');
  await expect(page.getByText('Looking at this page…')).toBeVisible();
});

test('opened from the toolbar (hidden until its page has loaded, unlike a tab), the popup is taken over by React', async ({ page, extensionId }) => {
  // An extension page of its own opens the real popup and looks into it (the tests above open popup.html in a tab).
  await page.goto(`chrome-extension://${extensionId}/welcome.html`);
  const popup = await page.evaluate(async () => {
    const c = (
      globalThis as unknown as {
        chrome: {
          action: { openPopup(options: { windowId?: number }): Promise<void> };
          windows: { getCurrent(): Promise<{ id?: number }> };
          extension: { getViews(filter: { type: 'popup' }): Window[] };
        };
      }
    ).chrome;
    await c.action.openPopup({ windowId: (await c.windows.getCurrent()).id });
    for (let waited = 0; waited < 15_000; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const [view] = c.extension.getViews({ type: 'popup' });
      const title = view?.document.querySelector('[data-testid="popup-title"]');
      if (!view || !title) continue;
      const state = { title: title.textContent, inert: view.document.querySelector('main.popup')?.hasAttribute('inert') };
      view.close();
      return state;
    }
    return 'React never took over the popup';
  });
  expect(popup).toEqual({ title: 'De-bias', inert: false });
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
