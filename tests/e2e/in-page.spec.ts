import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { serviceWorker } from './launch';
import { framesDrawn, overlay } from './page-helpers';

// How the in-page UI behaves for a user: cards that close when they should, a summary that stays
// clear of the advert, one count everywhere, and no serious accessibility problems.
const ADVERT = 'https://www.jobs.nhs.uk/candidate/jobadvert/practice-receptionist';
const GMAIL = 'https://mail.google.com/mail/u/0/compose';

/** What the panel says of the advert's reading age. */
const READING_AGE = 'Reading age about 16: harder than NHS guidance suggests (NHS guidance is a reading age of 9 to 11).';

const card = (page: Page) => overlay(page).getByTestId('finding-card');
const pill = (page: Page) => overlay(page).getByTestId('summary-pill');

/** The middle of the first underlined range of a severity. */
async function underlined(page: Page, severity: 'error' | 'warning' | 'info') {
  return page.evaluate((s) => {
    const [range] = [...(CSS.highlights.get(`de-bias-${s}`) as unknown as Set<Range>)];
    const r = range!.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, severity);
}

/** Opens the summary and chooses a finding from the keyboard; its card takes focus. */
async function chooseInPanel(page: Page, name: RegExp) {
  await pill(page).click();
  const item = overlay(page).getByRole('button', { name });
  await item.focus();
  await page.keyboard.press('Enter');
  await expect(card(page)).toBeFocused();
  return item;
}

async function hoverUnderline(page: Page) {
  const at = await underlined(page, 'error');
  await page.mouse.move(at.x, at.y);
  await expect(card(page)).toContainText('“native English speaker”');
}

/** The toolbar badge of the active tab, and the tooltip that says what it counts. */
async function toolbar(context: BrowserContext): Promise<{ badge: string; tooltip: string } | null> {
  return (await serviceWorker(context)).evaluate(async () => {
    const c = (
      globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> }; action: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> } };
      }
    ).chrome;
    const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
    // Polled: no tab (yet) is an answer to wait past, not an error.
    if (tab?.id === undefined) return null;
    return { badge: await c.action.getBadgeText({ tabId: tab.id }), tooltip: await c.action.getTitle({ tabId: tab.id }) };
  });
}
const badge = async (context: BrowserContext) => (await toolbar(context))?.badge;

/**
 * The count in the toolbar popup over the active tab. The popup is opened as the toolbar button
 * opens it, over the tab, and read through an extension page in a window of its own (Playwright
 * does not see the popup itself, and a page in the tab's window would become the active tab).
 */
async function popupCount(context: BrowserContext, extensionId: string): Promise<string> {
  const worker = await serviceWorker(context);
  const helperOpened = context.waitForEvent('page');
  const windowId = await worker.evaluate(async (url) => {
    const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ windowId: number }[]> }; windows: { create(o: object): Promise<unknown> } } }).chrome;
    const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
    await c.windows.create({ url, focused: false });
    return tab!.windowId;
  }, `chrome-extension://${extensionId}/welcome.html`);
  const helper = await helperOpened;
  await helper.waitForLoadState();
  const count = await helper.evaluate(async (id) => {
    const c = (globalThis as unknown as { chrome: { action: { openPopup(o: object): Promise<void> }; extension: { getViews(f: object): Window[] } } }).chrome;
    await c.action.openPopup({ windowId: id });
    for (let waited = 0; waited < 15_000; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const [view] = c.extension.getViews({ type: 'popup' });
      const text = view?.document.querySelector('[data-testid="summary-count"]')?.textContent;
      if (!view || !text) continue;
      view.close();
      return text;
    }
    return 'The popup showed no count';
  }, windowId);
  await helper.close();
  return count;
}

/** Serious and critical axe violations inside De-bias's UI. */
async function axeProblems(page: Page) {
  const results = await new AxeBuilder({ page }).include('de-bias-ui').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('cards', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(ADVERT);
    await expect(pill(page)).toBeVisible();
  });

  test('a hover card stays while the pointer crosses to it, and closes once the pointer has left both', async ({ page }) => {
    await hoverUnderline(page);
    const box = (await card(page).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 20, { steps: 8 });
    await page.waitForTimeout(700);
    await expect(card(page)).toBeVisible();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height + 150, { steps: 4 });
    await expect(card(page)).toHaveCount(0);
  });

  test('a hover card closes on a click elsewhere', async ({ page }) => {
    await hoverUnderline(page);
    const box = (await card(page).boundingBox())!;
    await page.mouse.move(box.x + 30, box.y + 30);
    await page.mouse.click(20, 600);
    await expect(card(page)).toHaveCount(0);
  });

  test('a hover card closes when the page scrolls its words away from the pointer', async ({ page }) => {
    await hoverUnderline(page);
    await page.mouse.wheel(0, 500);
    await expect(card(page)).toHaveCount(0);
  });

  test('a card chosen from the keyboard stays open until Escape', async ({ page }) => {
    const item = await chooseInPanel(page, /^“rockstar” Tone$/);
    await page.mouse.move(20, 300, { steps: 4 });
    await page.mouse.move(600, 700, { steps: 4 });
    await page.mouse.click(20, 600);
    await page.waitForTimeout(700);
    await expect(card(page)).toContainText('“rockstar”');
    await card(page).press('Escape');
    await expect(card(page)).toHaveCount(0);
    await expect(item).toBeFocused();
  });
});

test.describe('the summary', () => {
  /** The advert's text under a box, scrolled to `y`. */
  const overlaps = async (page: Page, box: { x: number; y: number; width: number; height: number }) =>
    page.evaluate((b) => {
      const hits: string[] = [];
      const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(n);
        for (const r of range.getClientRects()) {
          if (r.width === 0 || r.right <= b.x || r.left >= b.x + b.width || r.bottom <= b.y || r.top >= b.y + b.height) continue;
          hits.push((n as Text).data.trim().slice(0, 30));
        }
      }
      return hits;
    }, box);
  /** Scrolls through the whole page, checking that the pill covers no text at any point. */
  const pillClearAllTheWay = async (page: Page) => {
    const bottom = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
    for (let y = 0; y <= bottom + 200; y += 150) {
      await page.evaluate((top) => scrollTo(0, top), y);
      expect(await overlaps(page, (await pill(page).boundingBox())!), `scrolled to ${y}`).toEqual([]);
    }
    return bottom;
  };

  for (const [width, height] of [
    [1280, 800],
    [1024, 768],
  ] as const) {
    test(`the pill never covers the advert at ${width} × ${height}, nor does the open panel`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto(ADVERT);
      await expect(pill(page)).toBeVisible();
      // The pill first shows, then moves beside the text once the host has measured where it runs.
      await framesDrawn(page);
      const bottom = await pillClearAllTheWay(page);
      await pill(page).click();
      const panel = overlay(page).getByTestId('summary-panel');
      for (let y = 0; y <= bottom + 200; y += 300) {
        await page.evaluate((top) => scrollTo(0, top), y);
        expect(await overlaps(page, (await panel.boundingBox())!), `panel, scrolled to ${y}`).toEqual([]);
      }
    });

    test(`where the text runs to 12 px from both edges, the pill keeps a strip clear and still covers nothing at ${width} × ${height}`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto(ADVERT);
      await expect(pill(page)).toBeVisible();
      // A page whose text fills the window, as narrow NHS.UK pages and many practice sites do.
      await page.addStyleTag({ content: 'main, main * { max-width: none !important; } main { margin: 0 12px !important; padding: 0 !important; } main [class*="grid-column"] { width: 100% !important; float: none !important; padding: 0 !important; }' });
      await page.setViewportSize({ width, height: height - 1 }); // the host re-measures on resize
      await expect.poll(() => page.evaluate(() => document.documentElement.style.getPropertyValue('margin-right'))).toBe('32px');
      // Beside the text column, not merely between the words that happen to pass under it.
      const column = (await page.locator('main').boundingBox())!;
      const box = (await pill(page).boundingBox())!;
      expect(box.x >= column.x + column.width || box.x + box.width <= column.x, `pill ${JSON.stringify(box)}, text ${JSON.stringify(column)}`).toBe(true);
      await pillClearAllTheWay(page);
      // Wide margins again: the strip is given back.
      await page.addStyleTag({ content: 'main { max-width: 700px !important; margin: 0 auto !important; }' });
      await page.setViewportSize({ width, height });
      await expect.poll(() => page.evaluate(() => document.documentElement.style.getPropertyValue('margin-right'))).toBe('');
    });
  }

  test('items that wrap keep their number on their first line, numbered through', async ({ page }) => {
    await page.goto(ADVERT);
    await pill(page).click();
    const items = overlay(page).getByTestId('summary-panel').getByRole('listitem');
    await expect(items).toHaveCount(18);
    const lines = await items.evaluateAll((lis) =>
      lis.map((li) => {
        const number = li.querySelector('.item-number')!;
        const text = number.nextElementSibling!;
        const range = document.createRange();
        range.selectNodeContents(text);
        const first = range.getClientRects()[0]!;
        return { number: number.textContent, numberTop: Math.round(number.getBoundingClientRect().top), lineTop: Math.round(first.top), lines: text.getClientRects().length, height: text.getBoundingClientRect().height };
      }),
    );
    expect(lines.map((l) => l.number)).toEqual(Array.from({ length: 18 }, (_, i) => `${i + 1}.`));
    expect(lines.filter((l) => l.height > 40).length, 'some items wrap').toBeGreaterThan(3);
    for (const l of lines) expect(Math.abs(l.numberTop + 11 - l.lineTop), `item ${l.number}`).toBeLessThanOrEqual(4);
  });
});

test.describe('plain English', () => {
  test('the panel gives the reading age in words, and plain-English findings listed like the rest until switched off', async ({ context, extensionId, page }) => {
    await page.goto(ADVERT);
    // The advert gets a formal word ("utilise") that plain English offers a plain one for.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'You will utilise the clinical system to book appointments.';
      document.getElementById('job_description')!.after(p);
    });
    await pill(page).click();
    const panel = overlay(page).getByTestId('summary-panel');
    await expect(panel.getByTestId('reading-age')).toHaveText(READING_AGE);
    const plain = panel.getByTestId('findings-info').getByRole('button', { name: / Plain English$/ });
    await expect(plain).not.toHaveCount(0);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByRole('checkbox', { name: 'Plain English' }).uncheck();
    await options.close();
    await page.bringToFront();
    await expect(plain).toHaveCount(0);
    // The reading age is shown whether or not the findings are.
    await expect(panel.getByTestId('reading-age')).toHaveText(READING_AGE);
  });
});

test.describe('one count everywhere', () => {
  test('on an advert: the badge, the pill, the panel and the popup agree, whole-advert findings included', async ({ context, extensionId, page }) => {
    await page.goto(ADVERT);
    await page.bringToFront();
    await expect.poll(() => badge(context)).toBe('18');
    await expect.poll(async () => (await toolbar(context))?.tooltip).toBe('De-bias: 18 findings on this page: 11 to fix, 7 to consider');
    await expect(pill(page)).toHaveText('De-bias summary: 11 to fix · 7 to consider');
    await pill(page).click();
    await expect(overlay(page).getByTestId('summary-count')).toHaveText('18 findings: 11 to fix, 7 to consider');
    expect(await popupCount(context, extensionId)).toBe('18 findings: 11 to fix, 7 to consider');
  });

  test('in a draft: the same, and the count follows the text', async ({ context, extensionId, page }) => {
    await page.goto(GMAIL);
    await page.bringToFront();
    await expect.poll(() => badge(context)).toBe('6');
    await expect(pill(page)).toHaveText('De-bias summary: 5 to fix · 1 to consider');
    expect(await popupCount(context, extensionId)).toBe('6 findings: 5 to fix, 1 to consider');
    await page.bringToFront();
    await page.locator('[g_editable="true"] div').last().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' We need a rockstar.');
    await expect.poll(() => badge(context)).toBe('7');
    await expect(pill(page)).toHaveText('De-bias summary: 5 to fix · 2 to consider');
  });
});

test.describe('accessibility (axe)', () => {
  // axe takes a while on a loaded machine.
  test.slow();
  test('the card and the pill have no serious or critical problems', async ({ page }) => {
    await page.goto(ADVERT);
    await expect(pill(page)).toBeVisible();
    await hoverUnderline(page);
    expect(await axeProblems(page)).toEqual([]);
  });

  test('the open panel and a card chosen from it have no serious or critical problems', async ({ page }) => {
    await page.goto(ADVERT);
    await chooseInPanel(page, /^“young” Age$/);
    expect(await axeProblems(page)).toEqual([]);
  });

  test('every control in the card and the panel is at least 44 px square', async ({ page }) => {
    await page.goto(ADVERT);
    await chooseInPanel(page, /^“young” Age$/);
    const small = await overlay(page)
      .getByRole('button')
      .evaluateAll((buttons) =>
        buttons.flatMap((b) => {
          const r = b.getBoundingClientRect();
          return r.height < 44 || r.width < 44 ? [`${b.textContent?.trim()}: ${Math.round(r.width)} × ${Math.round(r.height)}`] : [];
        }),
      );
    expect(small).toEqual([]);
  });
});
