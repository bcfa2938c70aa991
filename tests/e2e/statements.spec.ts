import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { overlay } from './page-helpers';

// "Add this statement": a model statement goes into the draft through the editor's own input path
// (so one Ctrl+Z takes it out) and its missing-statement finding goes at once; on a published
// advert it is copied instead. The practice's details from the options fill it in.
const TEXTAREA_PAGE = 'https://www.jobs.nhs.uk/employer/employer-advert';
const RICH_PAGE = 'https://www.jobs.nhs.uk/employer/employer-job-description';
const ADVERT = 'https://www.jobs.nhs.uk/candidate/jobadvert/practice-receptionist';
const GMAIL = 'https://mail.google.com/mail/u/0/compose';
const OUTLOOK = 'https://outlook.office365.com/mail/deeplink/compose';

/** An advert draft long enough to be checked as a whole, with pay but no statements. */
const DRAFT =
  'We are looking for a receptionist to join our GP practice in Leeds. You will greet patients at the front desk, answer the phones and book appointments on the clinical system. You will also scan letters, deal with repeat prescription requests and help the practice manager with the rota. The post is 30 hours a week, Monday to Friday. The salary is £24,071 to £25,674 a year (Agenda for Change Band 3).';

// The statements as wordlists/statements.json writes them, before and after the options are filled in.
const ADJUSTMENTS =
  'We are happy to make reasonable adjustments at any stage of the recruitment process, including the application and the interview. To talk about what would help you, contact [name, phone number or email]. You do not have to give medical details. We can also send you this advert in another format, such as large print.';
const ADJUSTMENTS_SAM = ADJUSTMENTS.replace('[name, phone number or email]', 'Sam Patel on 01632 960001');
const EQUALITY =
  'We welcome applications from everyone. Whatever your age, disability, ethnicity, religion or belief, sex, gender identity or sexual orientation, we want to hear from you. We want everyone who works here to feel they belong and can be themselves.';
const FLEXIBLE =
  'We welcome requests for flexible working. Tell us the hours or pattern that would suit you, such as part-time hours or a job share, and we will talk it through. Asking about flexible working will not affect how we look at your application.';

const pill = (page: Page) => overlay(page).getByTestId('summary-pill');
const panel = (page: Page) => overlay(page).getByTestId('summary-panel');
/** The whole-text findings listed in the panel. */
const missing = (page: Page) => panel(page).getByTestId('document-finding');
/** The missing-statement finding whose message mentions `words`. */
const findingAbout = (page: Page, words: RegExp) => missing(page).filter({ hasText: words });
const addButton = (scope: Locator, title: string) => scope.getByRole('button', { name: `Add this statement (${title})` });

async function openPanel(page: Page) {
  await expect(pill(page)).toBeVisible();
  await pill(page).click();
  await expect(panel(page)).toBeVisible();
}

/** Adds a statement from the panel's list of every statement (drafts of any kind). */
async function addFromList(page: Page, title: string) {
  await openPanel(page);
  const list = panel(page).locator('.statement-list');
  await list.getByText('Add a model statement').click();
  await addButton(list, title).click();
}

test.describe('in an NHS Jobs employer form', () => {
  test('a plain textarea: the statement ends the field, the finding goes, one Ctrl+Z restores the draft', async ({ page }) => {
    await page.goto(TEXTAREA_PAGE);
    const field = page.locator('#job-overview');
    await field.click();
    await page.keyboard.insertText(DRAFT);
    await openPanel(page);
    await expect(findingAbout(page, /reasonable adjustments/)).toHaveCount(1);
    await addButton(findingAbout(page, /reasonable adjustments/), 'Reasonable adjustments').click();
    await expect(field).toHaveValue(`${DRAFT}\n\n${ADJUSTMENTS}`);
    await expect(findingAbout(page, /reasonable adjustments/)).toHaveCount(0);
    await expect(findingAbout(page, /flexible working/)).toHaveCount(1);
    await expect(field).toBeFocused();
    await page.keyboard.press('Control+z');
    await expect(field).toHaveValue(DRAFT);
    await expect(findingAbout(page, /reasonable adjustments/)).toHaveCount(1);
  });

  test('a rich editor: the statement follows the paragraph with the caret, as a paragraph of its own', async ({ page }) => {
    await page.goto(RICH_PAGE);
    const editor = page.locator('#job-description');
    const before = await editor.innerHTML();
    await editor.locator('p').first().click();
    await page.keyboard.press('End');
    await openPanel(page);
    await addButton(findingAbout(page, /equality/), 'Equality and belonging').click();
    const [first, second] = before.split('</p>');
    await expect(editor).toHaveJSProperty('innerHTML', `${first}</p><p>${EQUALITY}</p>${second}</p>`);
    await expect(findingAbout(page, /equality/)).toHaveCount(0);
    await page.keyboard.press('Control+z');
    await expect(editor).toHaveJSProperty('innerHTML', before);
    await expect(findingAbout(page, /equality/)).toHaveCount(1);
  });
});

test.describe('in an email draft', () => {
  // Each webmail's body, a line to put the caret at the end of, and the markup the statement takes.
  const DRAFTS = [
    { site: 'Gmail', url: GMAIL, body: '[g_editable="true"]', line: 'He or she must be', title: 'Reasonable adjustments', after: 'native English speaker.</div>', added: `<div>${ADJUSTMENTS}</div>` },
    { site: 'Outlook', url: OUTLOOK, body: '[aria-label^="Message body"]', line: 'Thank you for applying', title: 'Flexible working', after: 'English speaker.</div>', added: `<div class="elementToProof">${FLEXIBLE}</div>` },
  ];
  for (const d of DRAFTS) {
    test(`${d.site}: a statement chosen from the panel goes after the line with the caret, in the draft's own paragraph markup; one Ctrl+Z takes it out`, async ({ page }) => {
      const body = page.locator(d.body);
      await page.goto(d.url);
      await expect(pill(page)).toBeVisible();
      const before = await body.innerHTML();
      await body.locator('div', { hasText: d.line }).click();
      await page.keyboard.press('End');
      await addFromList(page, d.title);
      await expect(body).toHaveJSProperty('innerHTML', before.replace(d.after, `${d.after}${d.added}`));
      await expect(body).toBeFocused();
      await page.keyboard.press('Control+z');
      await expect(body).toHaveJSProperty('innerHTML', before);
    });
  }
});

test('on a published advert, a missing statement is offered to copy', async ({ context, page }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(ADVERT);
  await openPanel(page);
  const finding = findingAbout(page, /reasonable adjustments/);
  await expect(finding.getByRole('button', { name: /^Add this statement/ })).toHaveCount(0);
  await finding.getByRole('button', { name: 'Copy this statement (Reasonable adjustments)' }).click();
  await expect(finding.getByRole('status')).toHaveText('Copied. Paste it into your advert.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(ADJUSTMENTS);
});

test("the practice's details from the options fill in the statement added", async ({ context, extensionId, page }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Organisation name').fill('Riverside Surgery');
  await options.getByLabel('Who applicants contact about adjustments').fill('Sam Patel on 01632 960001');
  await options.getByLabel('Part-time hours').check();
  await options.getByRole('button', { name: 'Save details' }).click();
  await expect(options.getByRole('status')).toHaveText('Saved. New statements use these details.');
  await options.close();

  await page.goto(TEXTAREA_PAGE);
  const field = page.locator('#job-overview');
  await field.click();
  await page.keyboard.insertText(DRAFT);
  await openPanel(page);
  await addButton(findingAbout(page, /reasonable adjustments/), 'Reasonable adjustments').click();
  await expect(field).toHaveValue(`${DRAFT}\n\n${ADJUSTMENTS_SAM}`);
  await addButton(findingAbout(page, /equality/), 'Equality and belonging').click();
  await expect(field).toHaveValue(`${DRAFT}\n\n${ADJUSTMENTS_SAM}\n\n${EQUALITY.replace('We welcome', 'At Riverside Surgery, we welcome')}`);
  await addButton(findingAbout(page, /flexible working/), 'Flexible working').click();
  await expect(field).toHaveValue(
    `${DRAFT}\n\n${ADJUSTMENTS_SAM}\n\n${EQUALITY.replace('We welcome', 'At Riverside Surgery, we welcome')}\n\nWe welcome requests for flexible working. For this role we can offer part-time hours. Asking about flexible working will not affect how we look at your application.`,
  );
  await expect(missing(page)).toHaveCount(0);
});
