import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { highlightedTexts } from './page-helpers';

// The first run. Every test's browser starts from a fresh profile, and the launch helper waits
// for the welcome page that De-bias opens on install (tests/e2e/launch.ts), so each run checks
// that it opens; these tests check what it says and where its buttons lead.

const seriousProblems = async (page: Page, include?: string) => {
  const builder = new AxeBuilder({ page });
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
};

// axe takes a while on a loaded machine.
test.slow();

test('says what De-bias does, on which sites, and that nothing leaves the browser', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/welcome.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('De-bias is ready');
  await expect(page.getByRole('listitem')).toHaveText([
    /^NHS Jobs adverts\./,
    /^Writing an advert on NHS Jobs\./,
    /^Emails in Gmail and Outlook on the web \(including NHSmail\)\./,
    /^Any other page\./,
  ]);
  await expect(page.getByRole('heading', { name: 'Nothing leaves your browser' })).toBeVisible();
  expect(await seriousProblems(page)).toEqual([]);
});

test('the demo advert is checked in place by the same host as a real advert', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/welcome.html`);
  await page.getByRole('link', { name: 'Try it on a demo advert' }).click();
  await expect(page).toHaveURL(/\/demo\.html$/);
  const ui = page.locator('de-bias-ui');
  await expect(ui.getByTestId('summary-pill')).toHaveText('De-bias summary: 11 to fix · 5 to consider');
  expect((await highlightedTexts(page)).error).toEqual(['native English speaker']);
  const at = await page.evaluate(() => {
    const [range] = [...(CSS.highlights.get('de-bias-error') as unknown as Set<Range>)];
    const r = range!.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.move(at.x, at.y);
  await expect(ui.getByTestId('finding-card')).toContainText('“native English speaker”');
  expect(await seriousProblems(page)).toEqual([]);
});

test('"Open the CV anonymiser" opens the anonymiser', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/welcome.html`);
  await page.getByRole('link', { name: 'Open the CV anonymiser' }).click();
  await expect(page).toHaveURL(/\/workspace\.html#anonymise$/);
  await expect(page.getByRole('link', { name: 'Anonymise CVs' })).toHaveAttribute('aria-current', 'page');
});
