// `npx tsx scripts/screenshots.ts` (after `npx wxt build`): the README's screenshots of the main
// surfaces, taken with Playwright in Chromium against the built extension on the fixture pages,
// saved to docs/screenshots/*.png.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { chromiumPath, extensionId, launchWithExtension, NO_CHROMIUM } from '../tests/e2e/launch';
import { startPageServer } from '../tests/e2e/server';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'docs/screenshots');
const ADVERT = 'https://www.jobs.nhs.uk/candidate/jobadvert/practice-receptionist';
const CV = path.join(ROOT, 'tests/fixtures/cvs/04-receptionist-will-harrington.txt');

const overlay = (page: Page) => page.locator('de-bias-ui');
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(OUT, `${name}.png`) });

async function main(): Promise<void> {
  if (!chromiumPath()) throw new Error(NO_CHROMIUM);
  mkdirSync(OUT, { recursive: true });
  const { origin, server } = await startPageServer();
  const context = await launchWithExtension({ headless: true, pagesOrigin: origin, blocked: [] });
  try {
    const id = await extensionId(context);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.setViewportSize({ width: 1280, height: 800 });

    // The advert with its underlines and the card of one finding, opened from the summary.
    await page.goto(ADVERT);
    const pill = overlay(page).getByTestId('summary-pill');
    await pill.waitFor();
    await pill.click();
    await overlay(page).getByRole('button', { name: /^“native English speaker”/ }).click();
    await overlay(page).getByTestId('finding-card').waitFor();
    await shot(page, 'in-page-card');
    // The summary panel: a missing statement with its model statement open, and the reading age.
    await page.keyboard.press('Escape');
    const missing = overlay(page).getByTestId('document-finding').filter({ hasText: 'reasonable adjustments' });
    await missing.getByText('Read the statement').click();
    await overlay(page).getByTestId('readability').scrollIntoViewIfNeeded();
    await missing.scrollIntoViewIfNeeded();
    await shot(page, 'in-page-panel');

    // The popup beside that advert (opened as a page: the toolbar popup cannot be captured headless).
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await popup.getByTestId('popup-title').waitFor();
    await popup.waitForTimeout(500);
    await shot(popup, 'popup');
    await popup.close();

    // The anonymiser workspace with a pasted CV anonymised.
    await page.goto(`chrome-extension://${id}/workspace.html#anonymise`);
    await page.getByLabel('Or paste a CV or supporting statement').fill(readFileSync(CV, 'utf8'));
    await page.getByRole('button', { name: 'Anonymise pasted text' }).click();
    await page.getByTestId('batch').waitFor({ timeout: 30_000 });
    await page.getByTestId('batch').scrollIntoViewIfNeeded();
    await shot(page, 'anonymiser');

    // The interview stepper for a new vacancy.
    await page.goto(`chrome-extension://${id}/workspace.html#interview`);
    const form = page.getByRole('form', { name: 'New vacancy' });
    await form.getByLabel('Job title').fill('Practice receptionist');
    await form.getByRole('button', { name: 'Create vacancy' }).click();
    await page.getByRole('heading', { level: 2, name: /Practice receptionist/ }).waitFor();
    await shot(page, 'interview');
    console.log(`Screenshots saved to ${path.relative(ROOT, OUT)}/`);
  } finally {
    await context.close();
    server.close();
  }
}

await main();
