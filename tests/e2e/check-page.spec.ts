import type { BrowserContext } from '@playwright/test';
import { expect, test } from './fixtures';
import { SCRIPTING_EXTENSION_DIR, serviceWorker } from './launch';
import { highlightedTexts } from './page-helpers';

// A practice's own careers page. The popup's "Check this page" and the context menu's "Check this
// text" inject the checker through activeTab, which only a click on the browser's toolbar grants;
// here the service worker injects it the same way, from a test build that may script this one page.
test.use({ extensionDir: SCRIPTING_EXTENSION_DIR });
const PAGE = 'https://www.jobs.nhs.uk/employer/practice-website';

async function checkFromWorker(context: BrowserContext, scope: 'page' | 'selection') {
  const worker = await serviceWorker(context);
  await worker.evaluate(async (s) => {
    const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> }; scripting: { executeScript(o: object): Promise<unknown> } } }).chrome;
    const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('There is no active tab to check.');
    await c.scripting.executeScript({ target: { tabId: tab.id }, func: (v: string) => Object.assign(globalThis, { __deBiasCheckScope: v }), args: [s] });
    await c.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/check-page.js'] });
  }, scope);
}

test('"Check this page" reads the main text with Readability and underlines it on the page', async ({ context, page }) => {
  await page.goto(PAGE);
  await page.bringToFront();
  await checkFromWorker(context, 'page');
  await page.locator('de-bias-check').getByTestId('summary-pill').click();
  const panel = page.locator('de-bias-check').getByTestId('summary-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('This page');
  await expect(panel.getByTestId('summary-count')).toHaveText('3 findings: 2 to fix, 1 to consider');
  // The sidebar's "young team" is not part of the article, so it is not checked.
  expect(await highlightedTexts(page)).toEqual({
    error: ['native English speaker'],
    warning: ['physically fit'],
    info: ['ECGs'],
  });
});

test('"Check this text" checks only the selection, and never as a whole advert', async ({ context, page }) => {
  await page.goto(PAGE);
  await page.bringToFront();
  await page.evaluate(() => {
    const p = document.querySelector('aside p')!;
    getSelection()!.selectAllChildren(p);
  });
  await checkFromWorker(context, 'selection');
  await page.locator('de-bias-check').getByTestId('summary-pill').click();
  const panel = page.locator('de-bias-check').getByTestId('summary-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Selected text');
  await expect(panel.getByTestId('summary-count')).toHaveText('1 finding: 1 to fix');
  expect((await highlightedTexts(page)).warning).toEqual(['young']);
});
