import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Accessibility of the extension's own pages: axe-core finds no serious or critical problem on the
// popup (each tab), the settings page and the workspace (both tools), and every button, link and
// field can be reached by keyboard with a visible focus ring.

// axe takes a few seconds a page on a busy machine.
test.describe.configure({ timeout: 90_000 });

async function seriousProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Controls smaller than NHS.UK's 44 px touch target. A checkbox or radio is measured with its label,
 * which takes the click too: the two together must be 44 px tall.
 */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = [...document.querySelectorAll<HTMLElement>('button, a[href], summary, select, input:not([type=file])')].filter(
      (el) => el.checkVisibility() && !el.closest('.visually-hidden, .an-text, [role="tablist"]'),
    );
    return controls.flatMap((el) => {
      const box = el.getBoundingClientRect();
      let [top, bottom] = [box.top, box.bottom];
      if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
        const label = el.closest('label') ?? el.labels?.[0];
        if (label) [top, bottom] = [Math.min(top, label.getBoundingClientRect().top), Math.max(bottom, label.getBoundingClientRect().bottom)];
      }
      const name = (el instanceof HTMLInputElement ? el.labels?.[0]?.textContent : el.textContent) || el.getAttribute('aria-label') || '';
      return bottom - top < 44 ? [`${el.tagName.toLowerCase()} "${name.trim().slice(0, 40)}" is ${Math.round(bottom - top)} px tall`] : [];
    });
  });
}

test('the popup: each tab has no serious accessibility problem', async ({ page, extensionId }) => {
  await page.setViewportSize({ width: 420, height: 600 });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  for (const tab of ['Check wording', 'Anonymise', 'Interview']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tabpanel')).not.toContainText('Loading');
    expect(await seriousProblems(page), tab).toEqual([]);
    expect(await smallTargets(page), tab).toEqual([]);
  }
  // An anonymised result too.
  await page.getByRole('tab', { name: 'Anonymise' }).click();
  await page.getByLabel('CV or supporting statement').fill('Jane Doe\njane@example.com\nPractice nurse with EMIS Web experience.');
  await page.getByRole('button', { name: 'Anonymise', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Result' })).toBeFocused({ timeout: 20_000 });
  expect(await seriousProblems(page)).toEqual([]);
});

test('the settings page has no serious accessibility problem, and its controls are 44 px', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { level: 1, name: 'De-bias settings' })).toBeVisible();
  expect(await seriousProblems(page)).toEqual([]);
  expect(await smallTargets(page)).toEqual([]);
});

test('the workspace: both tools have no serious accessibility problem, and their controls are 44 px', async ({ page, extensionId }) => {
  test.setTimeout(180_000);
  await page.goto(`chrome-extension://${extensionId}/workspace.html#anonymise`);
  await expect(page.getByRole('heading', { level: 1, name: 'Anonymise CVs for shortlisting' })).toBeVisible();
  expect(await seriousProblems(page)).toEqual([]);
  await page.getByLabel('Or paste a CV or supporting statement').fill('Jane Doe\njane@example.com\nPractice nurse at Riverside Surgery.');
  await page.getByRole('button', { name: 'Anonymise pasted text' }).click();
  await expect(page.getByRole('heading', { level: 3, name: /^Batch 1/ })).toBeFocused({ timeout: 20_000 });
  expect(await seriousProblems(page)).toEqual([]);
  expect(await smallTargets(page)).toEqual([]);

  await page.goto(`chrome-extension://${extensionId}/workspace.html#interview`);
  await page.getByRole('form', { name: 'New vacancy' }).getByLabel('Job title').fill('Practice nurse');
  await page.getByRole('button', { name: 'Create vacancy' }).click();
  // The steps with the most kinds of control (the others reuse them).
  for (const step of ['Plan', 'Questions', 'Monitoring']) {
    await page.getByRole('navigation', { name: /^Steps for / }).getByRole('button', { name: step, exact: true }).click();
    expect(await seriousProblems(page), step).toEqual([]);
    expect(await smallTargets(page), step).toEqual([]);
  }
});

test('keyboard focus is always visible on the extension pages', async ({ page, extensionId }) => {
  for (const [url, heading] of [
    ['options.html', 'De-bias settings'],
    ['welcome.html', 'De-bias is ready'],
    ['popup.html', 'De-bias'],
    ['workspace.html#anonymise', 'Anonymise CVs for shortlisting'],
    ['workspace.html#interview', 'Structured interviews'],
  ]) {
    await page.goto(`chrome-extension://${extensionId}/${url}`);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const ring = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { outline: el === document.body || (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2), what: `${el.tagName} "${el.textContent?.trim().slice(0, 30)}"` };
      });
      // The page's last control passes focus to the browser's own UI (the body), and Tab comes round again.
      expect(ring.outline, `${url}: ${ring.what} (Tab #${i + 1})`).toBe(true);
    }
  }
});
