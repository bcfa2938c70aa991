import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Download, Locator, Page } from '@playwright/test';
import { DOCUMENT_MESSAGES } from '../../lib/documents/document-messages';
import { expect, test } from './fixtures';
import { serviceWorker } from './launch';

// The CV anonymiser: the popup's Anonymise tab and the workspace page (workspace.html#anonymise), in
// Chromium with the built extension. Real .docx and .pdf files go through mammoth and the bundled
// pdfjs worker; the fixture fails the test if anything tries to reach the network.

// Reading real files and starting workers takes longer than the default on a busy machine.
test.describe.configure({ timeout: 90_000 });

const CVS = path.resolve(import.meta.dirname, '../fixtures/cvs');
const FILES = path.join(CVS, 'files');
const AMINA = path.join(CVS, '01-gp-amina-okafor.txt');

// ---- Helpers -----------------------------------------------------------------------------------

type Chrome = { storage: { local: { get(k: string | null): Promise<Record<string, unknown>> } } };

/** Everything in `chrome.storage.local`, read in the extension's service worker. */
async function storedItems(context: BrowserContext): Promise<Record<string, unknown>> {
  return (await serviceWorker(context)).evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get(null));
}

const anonymiserKeys = async (context: BrowserContext) => Object.keys(await storedItems(context)).filter((k) => k.startsWith('anonymise'));

async function openWorkspace(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/workspace.html#anonymise`);
  await expect(page.getByRole('heading', { level: 1, name: 'Anonymise CVs for shortlisting' })).toBeVisible();
}

/** Chooses files with the drop zone's file input: they are anonymised at once, as one batch, of which `read` can be read. */
async function anonymiseFiles(page: Page, files: string[], read = files.length) {
  await page.getByLabel('Choose CV files, or drop them here').setInputFiles(files);
  await expect(page.getByTestId('batch-progress').getByRole('status')).toContainText(`Finished: read ${read} of ${files.length}.`, {
    timeout: 20_000,
  });
}

async function download(page: Page, click: () => Promise<void>): Promise<{ download: Download; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { download: file, text: await readFile(await file.path(), 'utf8') };
}

/** Selects `phrase` (its first occurrence outside a placeholder) inside the anonymised text, as a user dragging would. */
async function selectInText(text: Locator, phrase: string) {
  await text.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0 || node.parentElement?.closest('mark')) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`"${wanted}" is not in the text`);
  }, phrase);
}

// ---- The popup ---------------------------------------------------------------------------------

test("the popup's Anonymise tab anonymises a pasted CV, highlights the redactions and copies the result", async ({ page, context, extensionId }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 420, height: 600 }); // the popup's size
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.getByRole('tab', { name: 'Anonymise' }).click();
  await page.getByLabel('CV or supporting statement').fill(await readFile(AMINA, 'utf8'));
  await page.getByRole('button', { name: 'Anonymise', exact: true }).click();

  // One press, and the result is where the user looks: scrolled into view and focused.
  const heading = page.getByRole('heading', { name: 'Result' });
  await expect(heading).toBeFocused({ timeout: 20_000 });
  await expect(heading).toBeInViewport();
  const result = page.getByRole('region', { name: 'Anonymised text' });
  await expect(result).toContainText('[CANDIDATE]');
  await expect(result).toContainText('[EMAIL]');
  await expect(result).toContainText('[PHONE]');
  const shown = (await result.textContent()) ?? '';
  for (const original of ['Amina', 'Okafor', 'amina.okafor@example.com', '7700 900123', 'LS6 2AB']) expect(shown).not.toContain(original);
  await expect(result.locator('mark', { hasText: '[CANDIDATE]' }).first()).toBeVisible();
  await expect(page.getByTestId('redaction-summary')).toContainText('details removed: Name (');

  // The options are the panel's: switching on "Current job title" redacts it at once.
  await page.getByLabel('Current job title').check();
  await expect(result).toContainText('[JOB TITLE]');

  await page.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied the anonymised text to the clipboard.' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await result.textContent());
  expect(copied).toContain('[CANDIDATE]');
  expect(copied).not.toContain('Okafor');

  // Pasted text is never stored; only the options are (saved a moment after they are shown).
  await expect.poll(() => anonymiserKeys(context)).toContain('anonymise:options');
  expect(await anonymiserKeys(context)).toEqual(['anonymise:options']);

  // "Open the workspace" opens the page for files and batches, with the same options.
  const [workspace] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Open the workspace' }).click()]);
  await expect(workspace).toHaveURL(`chrome-extension://${extensionId}/workspace.html#anonymise`);
  await expect(workspace.getByLabel('Current job title')).toBeChecked();
});

// ---- The workspace: a batch of real files ------------------------------------------------------

test('a batch of real files: good files become candidate codes, each bad file gets its own message, the rest go on', async ({
  page,
  extensionId,
}) => {
  const workers: string[] = [];
  const errors: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await openWorkspace(page, extensionId);
  const good = ['03-hca-grace-mensah.docx', '11-dispensing-optician-kwame-asante.docx', '14-paramedic-callum-mackenzie.pdf', '26-first-contact-physio-niamh-ni-bhriain.pdf'];
  const bad = ['corrupt.docx', 'protected.pdf', 'image-only.pdf', 'empty.txt'];
  // Watch the progress messages as they are announced.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="batch-progress"] [role="status"]')?.textContent ?? '';
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await anonymiseFiles(page, [good[0]!, bad[0]!, good[2]!, bad[1]!, good[1]!, bad[2]!, good[3]!, bad[3]!].map((f) => path.join(FILES, f)), 4);

  const status = page.getByTestId('batch-progress').getByRole('status');
  await expect(status).toHaveText('Finished: read 4 of 8. 4 anonymised; 4 files could not be read (see below).');
  await expect(page.getByTestId('batch-progress').locator('progress')).toHaveAttribute('value', '8');
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  // "Reading 1 of 8: 03-hca-grace-mensah.docx" and on were announced before the end (React may skip
  // some in between), then the four files read were anonymised one by one.
  const reading = seen.filter((s) => s.startsWith('Reading'));
  expect(reading.length).toBeGreaterThan(0);
  for (const line of reading) expect(line).toMatch(/^Reading [1-8] of 8: [\w-]+\.(docx|pdf|txt)$/);
  for (const line of seen.filter((s) => s.startsWith('Anonymising'))) expect(line).toMatch(/^Anonymising [1-4] of 4: [\w-]+\.(docx|pdf)$/);
  expect(seen.at(-1)).toBe('Finished: read 4 of 8. 4 anonymised; 4 files could not be read (see below).');

  // The PDFs were read by pdfjs in a real worker, and the batch anonymised in De-bias's own worker, both
  // bundled in the extension (no fake worker, no CSP errors).
  const bundled = (name: string) => new RegExp(`^chrome-extension://${extensionId}/assets/${name}[^/]*\\.m?js$`);
  expect(workers.filter((url) => bundled('pdf\\.worker').test(url)).length).toBeGreaterThan(0);
  expect(workers.filter((url) => bundled('anonymise\\.worker').test(url))).toHaveLength(1);
  expect(workers.filter((url) => !bundled('pdf\\.worker').test(url) && !bundled('anonymise\\.worker').test(url))).toEqual([]);
  expect(errors).toEqual([]);

  const problems = page.getByTestId('read-problems');
  await expect(problems).toHaveAttribute('role', 'alert');
  await expect(problems.getByRole('listitem')).toHaveText([
    `corrupt.docx: ${DOCUMENT_MESSAGES.corruptDocx}`,
    `protected.pdf: ${DOCUMENT_MESSAGES.passwordPdf}`,
    `image-only.pdf: ${DOCUMENT_MESSAGES.imageOnlyPdf}`,
    `empty.txt: ${DOCUMENT_MESSAGES.empty}`,
  ]);

  const batch = page.getByTestId('batch');
  await expect(batch.getByRole('heading', { level: 3, name: /^Batch 1: 4 candidates, anonymised / })).toBeVisible();
  const codes = batch.getByRole('navigation', { name: 'Candidates in batch 1' }).getByRole('button');
  await expect(codes).toHaveText(['Candidate 01', 'Candidate 02', 'Candidate 03', 'Candidate 04']);

  // Blinding: no file names and no candidate names next to the codes.
  const batchText = (await batch.textContent()) ?? '';
  for (const hidden of ['.docx', '.pdf', 'grace', 'mensah', 'kwame', 'asante', 'callum', 'mackenzie', 'niamh']) {
    expect(batchText.toLowerCase()).not.toContain(hidden);
  }
  // Every good document (two read by mammoth, two by pdfjs) has anonymised text.
  for (let i = 0; i < 4; i++) {
    await codes.nth(i).click();
    const text = batch.getByRole('region', { name: `Anonymised text of Candidate 0${i + 1}` });
    await expect(text).toContainText('[CANDIDATE]');
    expect(((await text.textContent()) ?? '').length).toBeGreaterThan(500);
  }
});

// ---- Review: put back, redact by hand, export ----------------------------------------------------

test('review: redactions are highlighted, one is put back, a selection is redacted by hand, and the .txt export has the result', async ({
  page,
  context,
  extensionId,
}) => {
  await openWorkspace(page, extensionId);
  // Dropped on the drop zone this time, as from a file manager.
  const dropped = await page.evaluateHandle(
    (content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], '01-gp-amina-okafor.txt', { type: 'text/plain' }));
      return data;
    },
    await readFile(AMINA, 'utf8'),
  );
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: dropped });
  // One step: the dropped file is anonymised at once, and the new batch is brought into view and focused.
  await expect(page.getByRole('heading', { level: 3, name: /^Batch 1: 1 candidate/ })).toBeFocused({ timeout: 20_000 });
  const text = page.getByRole('region', { name: 'Anonymised text of Candidate 01' });
  await expect(text.locator('mark')).not.toHaveCount(0);
  await expect(text.locator('mark').first()).toHaveText('[CANDIDATE]');
  await expect(text.locator('mark[data-type="email"]')).toHaveText(['[EMAIL]', '[EMAIL]', '[EMAIL]']);

  // Put back: click the first highlighted [EMAIL] (the candidate's own), then "Put back".
  await text.getByRole('button', { name: '[EMAIL]: removed email address' }).first().click();
  await expect(page.getByRole('button', { name: 'Put back' })).toBeFocused();
  await page.getByRole('button', { name: 'Put back' }).click();
  await expect(text).toContainText('amina.okafor@example.com');
  await expect(text.locator('mark[data-type="email"]')).toHaveCount(2);

  // Redact by hand: select "Riverside Surgery" and redact it as an employer.
  await expect(text).toContainText('Riverside Surgery');
  await selectInText(text, 'Riverside Surgery');
  await expect(page.getByTestId('selection-hint')).toHaveText('Selected: “Riverside Surgery”');
  await page.getByLabel('Redact as').selectOption({ label: 'Employer' });
  await page.getByRole('button', { name: 'Redact selection' }).click();
  await expect(text).toContainText('Salaried GP (7 sessions), [EMPLOYER], Leeds');
  await expect(text.locator('mark[data-type="employer"]')).toHaveText(['[EMPLOYER]']);
  // The other mention (in the references), from the keyboard: "Redact every mention of".
  await page.getByLabel('Or redact every mention of').fill('riverside surgery');
  await page.getByLabel('Or redact every mention of').press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Redacted 1 mention of “riverside surgery” as employer.' })).toBeVisible();
  await expect(text).not.toContainText('Riverside Surgery');
  await expect(text.locator('mark[data-type="employer"]')).toHaveText(['[EMPLOYER]', '[EMPLOYER]']);

  // Export as .txt.
  const { download: file, text: exported } = await download(page, () => page.getByRole('button', { name: 'Download .txt' }).click());
  expect(file.suggestedFilename()).toBe('candidate-01.txt');
  expect(exported.startsWith('Candidate 01\n============\n\nDr [CANDIDATE] MBBS MRCGP DRCOG\n')).toBe(true);
  expect(exported).toContain('amina.okafor@example.com');
  expect(exported).toContain('[EMPLOYER], Leeds');
  expect(exported).not.toContain('Riverside Surgery');
  expect(exported).not.toContain('Okafor\n');
  expect(exported).toContain('[PHONE]');
  expect(exported.endsWith('\n')).toBe(true);

  // The changes are stored, so a reload keeps the review.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Anonymised text of Candidate 01' })).toContainText('[EMPLOYER], Leeds');
  await expect(page.getByRole('region', { name: 'Anonymised text of Candidate 01' })).toContainText('amina.okafor@example.com');

  // Copy and "Export all" (one combined file).
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(exported);
  const all = await download(page, () => page.getByRole('button', { name: 'Download all as one .txt file' }).click());
  expect(all.download.suggestedFilename()).toMatch(/^anonymised-cvs-\d{4}-\d{2}-\d{2}-\d{4}\.txt$/);
  expect(all.text).toContain(exported);
  expect(all.text.startsWith('Anonymised CVs for shortlisting: 1 candidate\n')).toBe(true);

  // Print: a print view with only the anonymised text, and the browser's print dialogue.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed++;
    };
  });
  await page.getByRole('button', { name: 'Print', exact: true }).click();
  const print = page.getByTestId('print-view');
  await expect(print.getByRole('heading', { level: 1, name: 'Candidate 01' })).toBeVisible();
  await expect(print).toContainText('[EMPLOYER], Leeds');
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.getByRole('button', { name: 'Back to the review' }).click();
  await expect(page.getByRole('region', { name: 'Anonymised text of Candidate 01' })).toBeVisible();
});

// ---- The key and forgetting ----------------------------------------------------------------------

test('the key is hidden until asked for, can be exported, and "Forget" really deletes from storage', async ({ page, context, extensionId }) => {
  await openWorkspace(page, extensionId);
  await anonymiseFiles(page, [AMINA, path.join(FILES, '03-hca-grace-mensah.docx')]);
  await anonymiseFiles(page, [path.join(FILES, '14-paramedic-callum-mackenzie.pdf')]);
  const batches = page.getByTestId('batch');
  await expect(batches).toHaveCount(2);
  const first = batches.filter({ hasText: 'Batch 1:' });

  // Hidden by default: no file names, no candidate names anywhere on the page.
  const shown = (await batches.allTextContents()).join('\n').toLowerCase();
  for (const hidden of [/\bamina\b/, /okafor/, /\bgrace\b/, /mensah/, /callum/, /mackenzie/, /01-gp/, /\.docx/]) expect(shown).not.toMatch(hidden);
  await expect(page.getByTestId('key-table')).toHaveCount(0);

  // Shown only after a warning.
  await first.getByRole('button', { name: 'Show the key' }).click();
  await expect(first.getByText('The key shows which candidate is behind each code.')).toBeVisible();
  await expect(page.getByTestId('key-table')).toHaveCount(0);
  await first.getByRole('button', { name: 'Yes, show the key' }).click();
  const table = first.getByTestId('key-table');
  await expect(table).toContainText('01-gp-amina-okafor.txt');
  await expect(table).toContainText('03-hca-grace-mensah.docx');
  await expect(table).toContainText('Amina Okafor');
  await first.getByRole('button', { name: 'Hide the key' }).click();
  await expect(page.getByTestId('key-table')).toHaveCount(0);

  // Exported as JSON, in the CLI's `--key` shape.
  const { download: keyFile, text } = await download(page, () => first.getByRole('button', { name: 'Download the key (.json)' }).click());
  expect(keyFile.suggestedFilename()).toMatch(/^de-bias-key-.*\.json$/);
  const key = JSON.parse(text) as Record<string, { fileName: string; candidateName: string | null }>;
  expect(Object.keys(key).sort()).toEqual(['Candidate 01', 'Candidate 02']);
  expect(Object.values(key).map((k) => k.fileName).sort()).toEqual(['01-gp-amina-okafor.txt', '03-hca-grace-mensah.docx']);

  // Stored: batches and keys, kept apart.
  const stored = await storedItems(context);
  expect(Object.keys(stored['anonymise:key'] as object)).toHaveLength(2);
  expect(JSON.stringify(stored['anonymise:batches'])).not.toContain('03-hca-grace-mensah.docx');

  // Forget one batch: its documents and key go, the other batch stays.
  await first.getByRole('button', { name: 'Forget this batch' }).click();
  await first.getByRole('button', { name: 'Yes, forget this batch' }).click();
  await expect(batches).toHaveCount(1);
  const afterOne = await storedItems(context);
  expect(JSON.stringify(afterOne)).not.toContain('amina.okafor');
  expect(JSON.stringify(afterOne)).not.toContain('Okafor');
  expect(Object.keys(afterOne['anonymise:key'] as object)).toHaveLength(1);

  // Forget everything: nothing of the anonymiser's is left in the extension's storage.
  await page.getByLabel('Current job title').check();
  await expect.poll(() => anonymiserKeys(context)).toContain('anonymise:options');
  await page.getByRole('button', { name: 'Forget everything' }).click();
  await page.getByRole('button', { name: 'Yes, forget everything' }).click();
  await expect(page.getByText('No anonymised CVs yet.')).toBeVisible();
  await expect.poll(() => anonymiserKeys(context)).toEqual([]);
  await page.reload();
  await expect(page.getByText('No anonymised CVs yet.')).toBeVisible();
});

// ---- CV text is text, never HTML --------------------------------------------------------------------

test('CV text is shown as text: markup in a CV never becomes elements', async ({ page, extensionId }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const cv = 'Jane Doe\njane.doe@example.com\n<img src=x onerror=alert(1)> <b>Bold claims</b>\nPractice nurse with EMIS Web experience.';

  await openWorkspace(page, extensionId);
  await page.getByLabel('Or paste a CV or supporting statement').fill(cv);
  await page.getByRole('button', { name: 'Anonymise pasted text' }).click();
  const text = page.getByRole('region', { name: 'Anonymised text of Candidate 01' });
  await expect(text).toContainText('<img src=x onerror=alert(1)> <b>Bold claims</b>');
  await expect(page.locator('img')).toHaveCount(0);
  await expect(text.locator('b')).toHaveCount(0);

  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.getByRole('tab', { name: 'Anonymise' }).click();
  await page.getByLabel('CV or supporting statement').fill(cv);
  await page.getByRole('button', { name: 'Anonymise', exact: true }).click();
  const result = page.getByRole('region', { name: 'Anonymised text' });
  await expect(result).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('img')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

// ---- Files De-bias cannot read are refused as they arrive -------------------------------------------

test('a dropped photo is refused at once, saying why, and the CVs dropped with it are anonymised', async ({ page, extensionId }) => {
  await openWorkspace(page, extensionId);
  const dropped = await page.evaluateHandle(
    (content) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'scan.png', { type: 'image/png' }));
      data.items.add(new File([content], 'amina.txt', { type: 'text/plain' }));
      return data;
    },
    await readFile(AMINA, 'utf8'),
  );
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: dropped });
  const refused = page.getByTestId('refused-files');
  await expect(refused).toHaveAttribute('role', 'alert');
  await expect(refused.getByRole('listitem')).toHaveText(['scan.png: Files of type .png are not supported. Save it as .txt, .docx or .pdf and try again.']);
  await expect(page.getByTestId('batch-progress').getByRole('status')).toHaveText('Finished: read 1 of 1. 1 anonymised.');
  await expect(page.getByTestId('batch')).toHaveCount(1);
});

test('destructive actions are grouped under one heading, and shown only when there is something to delete', async ({ page, extensionId }) => {
  await openWorkspace(page, extensionId);
  await expect(page.getByRole('button', { name: 'Forget everything' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /^Delete/ })).toHaveCount(0);
  await anonymiseFiles(page, [AMINA]);
  const group = page.getByTestId('batch').getByRole('region', { name: 'Delete from this browser' });
  await expect(group.getByRole('button')).toHaveText(['Delete the key', 'Forget this batch']);
  await expect(page.getByRole('region', { name: 'Delete everything the anonymiser keeps' }).getByRole('button')).toHaveText(['Forget everything']);
  await expect(page.getByTestId('options-default')).toContainText("Employers' and schools' names are kept unless you tick them");
});
