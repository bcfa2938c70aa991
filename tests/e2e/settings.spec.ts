import { writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { serviceWorker } from './launch';
import { highlightedTexts, overlay } from './page-helpers';

const ADVERT = 'https://www.jobs.nhs.uk/candidate/jobadvert/practice-receptionist';

test('switching a check off in the options page applies to an open advert at once', async ({ context, page, extensionId }) => {
  await page.goto(ADVERT);
  await expect.poll(async () => (await highlightedTexts(page)).warning).toContain('young');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Age', { exact: true }).uncheck();
  await expect.poll(async () => (await highlightedTexts(page)).warning).not.toContain('young');
  await options.getByLabel('Age', { exact: true }).check();
  await expect.poll(async () => (await highlightedTexts(page)).warning).toContain('young');
});

test("the practice's own words are flagged with their reason and suggestion", async ({ context, page, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Word or phrase', { exact: true }).fill('front desk');
  await options.getByLabel('Kind').selectOption('tone');
  await options.getByLabel('Reason to show').fill('We say reception, not front desk.');
  await options.getByLabel('Suggested wording (optional)').fill('reception');
  await options.getByRole('button', { name: 'Add word' }).click();
  await expect(options.getByRole('cell', { name: 'front desk', exact: true })).toBeVisible();
  await page.goto(ADVERT);
  await expect.poll(async () => (await highlightedTexts(page)).warning).toContain('front desk');
  await overlay(page).getByTestId('summary-pill').click();
  await overlay(page).getByRole('button', { name: /“front desk”/ }).click();
  const card = overlay(page).getByTestId('finding-card');
  await expect(card.getByTestId('finding-message')).toHaveText('We say reception, not front desk.');
  await expect(card).toContainText('Try: reception');
});

test('a settings file that is not valid is refused and nothing changes', async ({ context, extensionId }, testInfo) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const bad = testInfo.outputPath('bad-settings.json');
  writeFileSync(bad, JSON.stringify({ strictness: 'very', customWords: 'none' }));
  await options.locator('#import-settings').setInputFiles(bad);
  await expect(options.getByRole('alert')).toHaveText(
    'bad-settings.json could not be used, so nothing was changed. Strictness must be one of: relaxed, standard, strict. Your own words must be a list.',
  );
  await expect(options.getByLabel('Standard')).toBeChecked();
  // The message is about the file: it goes when the user does something else.
  await options.getByLabel('Word or phrase', { exact: true }).fill('front desk');
  await expect(options.getByRole('alert')).toHaveCount(0);
  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export settings' }).click();
  const file = await (await download).path();
  const { readFileSync } = await import('node:fs');
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ version: 1, strictness: 'standard', customWords: [] });
});

test('broken stored settings are reported, and checking carries on with the standard settings', async ({ context, page, extensionId }) => {
  const worker = await serviceWorker(context);
  await worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ settings: { strictness: 42 } }));
  await page.goto(ADVERT);
  await expect(overlay(page).getByRole('status')).toContainText('Your saved De-bias settings could not be read');
  await expect.poll(async () => (await highlightedTexts(page)).warning).toContain('young');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('alert')).toContainText('could not be read');
  await options.getByRole('button', { name: 'Reset to the standard settings' }).click();
  await expect(options.getByRole('alert')).toHaveCount(0);
});

test('extension pages refuse inline and remote script (content security policy)', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const result = await page.evaluate(async () => {
    const inline = document.createElement('script');
    inline.textContent = 'window.__inlineRan = true';
    document.head.append(inline);
    const violations: string[] = [];
    // The report of the remote script's refusal comes a moment later: waited for (a few seconds at most).
    const remoteRefused = new Promise((resolve) => {
      document.addEventListener('securitypolicyviolation', (e) => {
        violations.push(e.violatedDirective);
        if (e.blockedURI !== 'inline') resolve(true);
      });
      setTimeout(resolve, 5000);
    });
    const remote = document.createElement('script');
    remote.src = 'http://127.0.0.1:9/remote.js';
    document.head.append(remote);
    await remoteRefused;
    return { inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true, violations };
  });
  expect(result.inlineRan).toBe(false);
  expect(result.violations).toContain('script-src-elem');
});
