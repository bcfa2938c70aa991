import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { serviceWorker } from './launch';
import { askActiveTab, editorsCaughtUp, highlightedTexts, overlay, reportOf } from './page-helpers';

const TEXTAREA_PAGE = 'https://www.jobs.nhs.uk/employer/employer-advert';
const REACT_PAGE = 'https://www.jobs.nhs.uk/employer/employer-react';
const GMAIL = 'https://mail.google.com/mail/u/0/compose';
const OUTLOOK = 'https://outlook.office365.com/mail/deeplink/compose';

const TYPED = 'Our chairman wants a receptionist who is a native English speaker.';
const underlines = (page: Page) => overlay(page).getByTestId('field-underline');

/** Opens a page and waits for De-bias to be watching its editors (its UI host is added just before). */
async function open(page: Page, url: string) {
  await page.goto(url);
  await expect(overlay(page)).toHaveCount(1);
}
const card = (page: Page) => overlay(page).getByTestId('finding-card');

/**
 * Puts the caret inside `word` as a click would: in a form field by selecting there and clicking;
 * in a rich editor by clicking on the word itself.
 */
async function clickWord(page: Page, selector: string, word: string) {
  const point = await page.evaluate(
    ([sel, w]) => {
      const el = document.querySelector(sel)!;
      if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
        const at = el.value.indexOf(w) + 1;
        el.focus();
        el.setSelectionRange(at, at);
        el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        return null;
      }
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf(w);
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + w.length);
        const b = r.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
      throw new Error(`"${w}" is not in ${sel}`);
    },
    [selector, word] as const,
  );
  if (point) await page.mouse.click(point.x, point.y);
}

test.describe('a plain textarea (NHS Jobs employer form)', () => {
  test('underlines as you type; a suggestion replaces exactly its words and Ctrl+Z undoes it', async ({ page }) => {
    await open(page, TEXTAREA_PAGE);
    const field = page.locator('#job-overview');
    await field.click();
    await page.keyboard.type(TYPED);
    await expect(underlines(page)).toHaveCount(2);
    // "native English speaker" is likely unlawful, "chairman" may deter: lines of different shapes, not only colours.
    const shapes = await underlines(page).evaluateAll((lines) => lines.map((l) => getComputedStyle(l).borderBottomStyle).sort());
    expect(shapes).toEqual(['dashed', 'double']);
    await editorsCaughtUp(page);
    await clickWord(page, '#job-overview', 'chairman');
    await expect(card(page)).toContainText('“chairman”');
    await card(page).getByRole('button', { name: 'Use this' }).first().click();
    await expect(field).toHaveValue('Our chair wants a receptionist who is a native English speaker.');
    await expect(underlines(page)).toHaveCount(1);
    await field.focus();
    await page.keyboard.press('Control+z');
    await expect(field).toHaveValue(TYPED);
  });

  test('hovering an underlined word opens its card', async ({ page }) => {
    await open(page, TEXTAREA_PAGE);
    await page.locator('#job-overview').click();
    await page.keyboard.type(TYPED);
    await expect(underlines(page)).toHaveCount(2);
    await editorsCaughtUp(page);
    const line = await underlines(page).first().boundingBox();
    await page.mouse.move(line!.x + line!.width / 2, line!.y - 6);
    await expect(card(page)).toContainText('“chairman”');
  });

  test('never re-checks during IME composition, and does when it ends', async ({ page }) => {
    await open(page, TEXTAREA_PAGE);
    const field = page.locator('#job-overview');
    await field.focus();
    await field.dispatchEvent('compositionstart');
    await page.keyboard.insertText('Our chairman books clinics.');
    await page.waitForTimeout(500); // over three times the debounce
    await expect(underlines(page)).toHaveCount(0);
    await field.dispatchEvent('compositionend');
    await expect(underlines(page)).toHaveCount(1);
  });

  test('underlines follow the text when the field scrolls', async ({ page }) => {
    await open(page, TEXTAREA_PAGE);
    const field = page.locator('#job-overview');
    await field.fill(`${'Line of ordinary text.\n'.repeat(12)}Our chairman books clinics.`);
    // Filling leaves the caret, and so the view, at the end: start from the top.
    await field.evaluate((el) => {
      el.scrollTop = 0;
    });
    await field.dispatchEvent('input');
    await editorsCaughtUp(page);
    await expect(underlines(page)).toHaveCount(0); // scrolled out of sight below the field's box
    await field.evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    await expect(underlines(page)).toHaveCount(1);
    const box = await field.boundingBox();
    const line = await underlines(page).boundingBox();
    expect(line!.y).toBeGreaterThan(box!.y);
    expect(line!.y).toBeLessThan(box!.y + box!.height);
  });

  test('fields that are not for prose (an email address) are left alone', async ({ page }) => {
    await open(page, TEXTAREA_PAGE);
    await page.locator('#contact-email').fill('young.person@example.nhs.net');
    await page.locator('#contact-email').dispatchEvent('input');
    await page.waitForTimeout(600);
    await expect(underlines(page)).toHaveCount(0);
  });
});

test.describe('a React-controlled textarea', () => {
  test("React's state follows an accepted suggestion and its undo", async ({ page }) => {
    await open(page, REACT_PAGE);
    const field = page.locator('#job-overview');
    await field.click();
    await page.keyboard.type(TYPED);
    await expect(page.locator('#react-state')).toHaveText(TYPED);
    await expect(underlines(page)).toHaveCount(2);
    await editorsCaughtUp(page);
    await clickWord(page, '#job-overview', 'native');
    await expect(card(page)).toContainText('“native English speaker”');
    await card(page).getByRole('button', { name: 'Use this' }).first().click();
    const accepted = 'Our chairman wants a receptionist who is a fluent English speaker.';
    await expect(field).toHaveValue(accepted);
    await expect(page.locator('#react-state')).toHaveText(accepted);
    await field.focus();
    await page.keyboard.press('Control+z');
    await expect(field).toHaveValue(TYPED);
    await expect(page.locator('#react-state')).toHaveText(TYPED);
  });
});

test.describe('Gmail compose', () => {
  const BODY = '[g_editable="true"]';

  test('underlines the draft without touching its markup, and applies and undoes a suggestion', async ({ page }) => {
    await open(page, GMAIL);
    await expect.poll(async () => (await highlightedTexts(page)).error).toEqual(['native English speaker']);
    const before = await page.locator(BODY).innerHTML();
    expect(before).not.toContain('de-bias');
    await clickWord(page, BODY, 'girls on reception');
    await expect(card(page)).toContainText('“girls on reception”');
    const suggestion = (await card(page).locator('li strong').first().textContent())!;
    await card(page).getByRole('button', { name: 'Use this' }).first().click();
    await expect(page.locator(BODY)).toHaveJSProperty(
      'innerHTML',
      before.replace('girls on reception', suggestion),
    );
    await page.keyboard.press('Control+z');
    await expect(page.locator(BODY)).toHaveJSProperty('innerHTML', before);
  });

  test('checks what you type, and a compose window that opens later', async ({ page }) => {
    await open(page, GMAIL);
    await page.locator('[g_editable="true"] div').last().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' We need a rockstar.');
    await expect.poll(async () => (await highlightedTexts(page)).info).toContain('rockstar');
    await page.evaluate(() => {
      const reply = document.createElement('div');
      reply.setAttribute('role', 'region');
      reply.innerHTML = '<div g_editable="true" role="textbox" contenteditable="true" aria-label="Message Body" style="min-height:40px">Could our chairman join the panel?</div>';
      document.body.prepend(reply);
    });
    await expect.poll(async () => (await highlightedTexts(page)).info.concat((await highlightedTexts(page)).warning)).toContain('chairman');
  });

  test("answers the popup with the drafts' findings, and shows one on request", async ({ context, page }) => {
    await open(page, GMAIL);
    await page.bringToFront();
    await expect.poll(async () => (await highlightedTexts(page)).error).toEqual(['native English speaker']);
    const report = await reportOf<{ findings: { ruleId: string; start: number; text: string }[] }>(context);
    expect(report.findings.map((f) => f.text)).toEqual(['young', 'energetic', 'fit in', 'girls on reception', 'He or she', 'native English speaker']);
    const target = report.findings.find((f) => f.text === 'girls on reception')!;
    await askActiveTab(context, { kind: 'show-finding', ruleId: target.ruleId, start: target.start });
    await expect(card(page)).toContainText('“girls on reception”');
  });

  test('a settings change has the drafts checked again as a whole exactly once', async ({ context, page, extensionId }) => {
    await open(page, GMAIL);
    await expect.poll(async () => (await highlightedTexts(page)).warning).toContain('young');
    // The first whole-text check follows the underlines: its answer is what shows the pill.
    await expect(overlay(page).getByTestId('summary-pill')).toBeVisible();
    const worker = await serviceWorker(context);
    const wholeChecks = () => worker.evaluate(() => performance.getEntriesByName('de-bias:analyse').length);
    await worker.evaluate(() => performance.clearMeasures('de-bias:analyse'));
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByLabel('Age', { exact: true }).uncheck();
    await expect.poll(async () => (await highlightedTexts(page)).warning).not.toContain('young');
    await expect.poll(wholeChecks).toBe(1);
    // Past the point where a second request (or a later timed re-read) would have been sent.
    await page.waitForTimeout(1000);
    expect(await wholeChecks()).toBe(1);
  });

  test("typing in De-bias's card never reaches Gmail's keyboard shortcuts", async ({ page }) => {
    await open(page, GMAIL);
    await expect.poll(async () => (await highlightedTexts(page)).error).toEqual(['native English speaker']);
    await page.evaluate(() => {
      (window as unknown as { keys: string[] }).keys = [];
      // Sites listen for shortcuts on the document and window as keys bubble up.
      document.addEventListener('keydown', (e) => (window as unknown as { keys: string[] }).keys.push(e.key));
      window.addEventListener('keydown', (e) => (window as unknown as { keys: string[] }).keys.push(e.key));
    });
    await clickWord(page, BODY, 'native');
    await card(page).getByRole('button', { name: 'Close' }).focus();
    await page.evaluate(() => ((window as unknown as { keys: string[] }).keys = []));
    await page.keyboard.press('c');
    await page.keyboard.press('j');
    expect(await page.evaluate(() => (window as unknown as { keys: string[] }).keys)).toEqual([]);
  });
});

test.describe('Outlook on the web (NHSmail)', () => {
  const BODY = '[aria-label^="Message body"]';

  test('finds the body by its label and checks it as an email', async ({ page }) => {
    await open(page, OUTLOOK);
    await expect.poll(async () => highlightedTexts(page)).toEqual({
      error: ['native English speaker'],
      warning: ['ask how your childcare'],
      info: ['Dear Sir/Madam'],
    });
    const before = await page.locator(BODY).innerHTML();
    await clickWord(page, BODY, 'Dear Sir/Madam');
    const suggestion = (await card(page).locator('li strong').first().textContent())!;
    await card(page).getByRole('button', { name: 'Use this' }).first().click();
    await expect(page.locator(BODY)).toHaveJSProperty('innerHTML', before.replace('Dear Sir/Madam', suggestion));
    expect(await page.locator(BODY).innerHTML()).not.toContain('de-bias');
  });

  test('"Ignore" hides a finding here; "Ignore everywhere" adds it to the allowlist', async ({ page, context, extensionId }) => {
    await open(page, OUTLOOK);
    await expect.poll(async () => (await highlightedTexts(page)).info).toEqual(['Dear Sir/Madam']);
    await clickWord(page, BODY, 'Dear Sir/Madam');
    await card(page).getByRole('button', { name: 'Ignore', exact: true }).click();
    await expect.poll(async () => (await highlightedTexts(page)).info).toEqual([]);
    await clickWord(page, BODY, 'native');
    await card(page).getByRole('button', { name: 'Ignore everywhere' }).click();
    await expect.poll(async () => (await highlightedTexts(page)).error).toEqual([]);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByTestId('allowlist')).toContainText('native English speaker');
  });
});
