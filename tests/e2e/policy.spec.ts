import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { highlightedTexts, overlay } from './page-helpers';

// Debian's Chromium reads enterprise policy from here; the manifest `key` fixes the extension id.
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = `${POLICY_DIR}/de-bias-e2e-test.json`;
const EXTENSION_ID = 'fphkgmdgbgmmjjijocbkghmdefcmlofk';

const POLICY = {
  words: [{ phrase: 'front desk', category: 'tone', reason: 'Our trust says reception.', suggestion: 'reception' }],
  allowlist: ['EMIS'],
  requiredCategories: ['age', 'race-nationality'],
  sites: { gmail: false },
};

test.beforeAll(() => {
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: POLICY } } }));
});

test.afterAll(() => {
  rmSync(POLICY_FILE, { force: true });
});

test('the extension id is the one policies name', async ({ extensionId }) => {
  expect(extensionId).toBe(EXTENSION_ID);
});

test('the options page shows what the organisation manages and locks it', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('managed-banner')).toBeVisible();
  await expect(page.getByLabel('Age', { exact: true })).toBeDisabled();
  await expect(page.getByLabel('Age', { exact: true })).toBeChecked();
  await expect(page.getByLabel('Race, nationality and language')).toBeDisabled();
  await expect(page.getByLabel('Tone')).toBeEnabled();
  await expect(page.getByLabel('Gmail')).toBeDisabled();
  await expect(page.getByLabel('Gmail')).not.toBeChecked();
  await expect(page.getByTestId('policy-words')).toHaveText('front desk (Tone): Our trust says reception.');
});

test("the organisation's words are flagged and its sites switched off", async ({ context, page }) => {
  await page.goto('https://www.jobs.nhs.uk/candidate/jobadvert/practice-receptionist');
  // Chromium loads enterprise policy some seconds after start-up; the checker re-runs when it comes.
  await expect.poll(async () => (await highlightedTexts(page)).warning, { timeout: 20_000 }).toContain('front desk');
  await overlay(page).getByTestId('summary-pill').click();
  await overlay(page).getByRole('button', { name: /“front desk”/ }).click();
  await expect(overlay(page).getByTestId('finding-message')).toHaveText('Our trust says reception.');
  const mail = await context.newPage();
  await mail.goto('https://mail.google.com/mail/u/0/compose');
  await expect(overlay(mail)).toHaveCount(1);
  // The draft has biased wording, but the policy switches Gmail off (it may arrive after the checker starts).
  await mail.waitForTimeout(600);
  await expect.poll(() => highlightedTexts(mail)).toEqual({ error: [], warning: [], info: [] });
});
