import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { serviceWorker } from './launch';
import { askActiveTab, highlightedTexts, overlay, reportOf } from './page-helpers';

const ADVERT = 'https://www.jobs.nhs.uk/candidate/jobadvert/practice-receptionist';

test.beforeEach(async ({ page }) => {
  await page.goto(ADVERT);
  await expect(overlay(page).getByTestId('summary-pill')).toBeVisible();
});

/** Opens the summary from its pill. */
async function openSummary(page: Page) {
  await overlay(page).getByTestId('summary-pill').click();
  return overlay(page).getByTestId('summary-panel');
}

test('underlines exactly the biased wording, by severity, once despite duplicated blocks', async ({ page }) => {
  expect(await highlightedTexts(page)).toEqual({
    error: ['native English speaker'],
    warning: ['young', 'energetic', 'he', 'full driving licence', 'GCSEs', "At least 3 years' experience"],
    // The stacked abbreviations are a plain-English note over the three that are each unexplained.
    info: ['EMIS', 'PCN', 'QOF', 'rockstar', 'hit the ground running', 'competitive', 'ambitious'],
  });
  // The criteria are rendered twice (desktop and mobile); only the visible copy is underlined.
  const inVisibleCopy = await page.evaluate(() => {
    const ranges = [...(CSS.highlights.get('de-bias-warning') as unknown as Set<Range>)];
    return ranges
      .filter((r) => r.toString() === 'GCSEs')
      .map((r) => r.startContainer.parentElement?.closest('.hide-mobile, .show-mobile')?.className);
  });
  expect(inVisibleCopy).toEqual(['hide-mobile']);
});

test('the summary counts each finding once, most serious first, and shows the advert as a whole', async ({ page }) => {
  await expect(overlay(page).getByTestId('summary-pill')).toHaveText('De-bias summary: 11 to fix · 7 to consider');
  const panel = await openSummary(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('This advert');
  await expect(panel.getByTestId('summary-count')).toHaveText('18 findings: 11 to fix, 7 to consider');
  await expect(panel.getByRole('heading', { level: 3 })).toHaveText(['Likely unlawful (1)', 'May deter applicants (10)', 'Worth a look (7)']);
  await expect(panel.getByTestId('findings-error').getByRole('listitem')).toHaveText(['1.“native English speaker” Race, nationality and language']);
  await expect(panel.getByTestId('gender-balance')).toHaveText('Gender coding: Masculine-coded (2 masculine-coded words, 0 feminine-coded words)');
  await expect(panel.getByTestId('person-spec')).toHaveText('Person specification: 4 essential criteria, 1 desirable criterion');
  // The text as a whole comes before its wording within a severity.
  const deter = panel.getByTestId('findings-warning');
  await expect(deter.getByTestId('document-finding')).toHaveCount(4);
  await expect(deter.getByRole('listitem').first()).toContainText('1 essential criterion reads as a preference (“Experience of Docman would be an advantage”)');
  await expect(deter).toContainText('does not state the salary');
  await expect(panel.getByTestId('wording-finding')).toHaveCount(14);
});

test('the toolbar badge shows the number of findings', async ({ context, page }) => {
  const worker = await serviceWorker(context);
  await page.bringToFront();
  const badge = () =>
    worker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> }; action: { getBadgeText(d: object): Promise<string> } } }).chrome;
      const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id === undefined ? null : c.action.getBadgeText({ tabId: tab.id });
    });
  await expect.poll(badge).toBe('18');
});

test('hovering a highlight opens its card with the reason, source and a rewrite to copy', async ({ page }) => {
  const box = await page.evaluate(() => {
    const [range] = [...(CSS.highlights.get('de-bias-error') as unknown as Set<Range>)];
    const r = range!.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.move(box.x, box.y);
  const card = overlay(page).getByTestId('finding-card');
  await expect(card).toBeVisible();
  await expect(card.getByTestId('finding-message')).toContainText('Asking for a “native” speaker excludes people');
  await expect(card.getByRole('link')).toHaveAttribute('href', /^https:\/\//);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const copy = card.getByRole('button', { name: 'Copy' }).first();
  await copy.click();
  await expect(card.getByRole('button', { name: 'Copied' })).toBeVisible();
});

test('works from the keyboard: choose a finding in the panel, its card takes focus, Escape returns', async ({ page }) => {
  const panel = await openSummary(page);
  const item = panel.getByRole('button', { name: /^“rockstar” Tone$/ });
  await item.focus();
  await page.keyboard.press('Enter');
  // The page scrolled to the word and flashed it (for 1.6 s: looked at straight away).
  const flashed = () => page.evaluate(() => [...((CSS.highlights.get('de-bias-flash') as unknown as Set<Range> | undefined) ?? [])].map((r) => r.toString()));
  await expect.poll(flashed, { intervals: [50] }).toEqual(['rockstar']);
  const card = overlay(page).getByTestId('finding-card');
  await expect(card).toBeFocused();
  await expect(card).toContainText('“rockstar”');
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(item).toBeFocused();
});

test('the summary opens from the pill, docks left or right and folds away', async ({ page }) => {
  const panel = await openSummary(page);
  await expect(panel).toBeFocused();
  const right = await panel.boundingBox();
  expect(right!.x + right!.width).toBe(1280);
  await panel.getByRole('button', { name: 'Move to the left' }).click();
  await expect.poll(async () => (await panel.boundingBox())?.x).toBe(0);
  await panel.getByRole('button', { name: 'Fold away' }).click();
  await expect(panel).toHaveCount(0);
  await expect(overlay(page).getByTestId('summary-pill')).toBeVisible();
});

test('the summary stays as it was left, open and docked, on the next advert', async ({ context, page }) => {
  const panel = await openSummary(page);
  await panel.getByRole('button', { name: 'Move to the left' }).click();
  // Kept in the extension's storage (written a moment after the click): the next page reads it there.
  const worker = await serviceWorker(context);
  const stored = () => worker.evaluate(async () => (await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('inpage:panel'))['inpage:panel']);
  await expect.poll(stored).toEqual({ open: true, side: 'left' });
  await page.reload();
  await expect(panel).toBeVisible();
  await expect.poll(async () => (await panel.boundingBox())?.x).toBe(0);
  // Folded away, it stays folded on the next advert, and opens again on the side it was left.
  await panel.getByRole('button', { name: 'Fold away' }).click();
  await expect.poll(stored).toEqual({ open: false, side: 'left' });
  await page.reload();
  await expect(overlay(page).getByTestId('summary-pill')).toBeVisible();
  await expect(panel).toHaveCount(0);
  await overlay(page).getByTestId('summary-pill').click();
  await expect.poll(async () => (await panel.boundingBox())?.x).toBe(0);
});

test('page text is shown as text: markup in an advert never runs', async ({ page }) => {
  expect(await page.title()).toBe('Practice Receptionist - NHS Jobs');
  expect(await page.locator('img').count()).toBe(0);
  expect(await overlay(page).locator('img, script').count()).toBe(0);
});

test('a page that changes is checked again', async ({ page }) => {
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'We are looking for a digital native.';
    document.getElementById('job_description')!.after(p);
  });
  await expect.poll(async () => (await highlightedTexts(page)).warning).toContain('digital native');
});

test('answers the popup: its report, showing a finding, and the criteria for the interview tool', async ({ context, page }) => {
  await page.bringToFront();
  const report = await reportOf<{ findings: { ruleId: string; start: number; text: string }[] }>(context);
  expect(report.findings).toHaveLength(14);
  const rockstar = report.findings.find((f) => f.text === 'rockstar')!;
  await askActiveTab(context, { kind: 'show-finding', ruleId: rockstar.ruleId, start: rockstar.start });
  await expect(overlay(page).getByTestId('finding-card')).toContainText('“rockstar”');
  const criteria = (await askActiveTab(context, { kind: 'get-criteria' })) as { title: string; criteria: unknown[] };
  expect(criteria.title).toBe('Practice Receptionist');
  expect(criteria.criteria).toHaveLength(5);
});
