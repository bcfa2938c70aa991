import { readFile } from 'node:fs/promises';
import type { BrowserContext, Download, Locator, Page } from '@playwright/test';
import type { InterviewState, Vacancy } from '../../lib/interview';
import { expect, test } from './fixtures';
import { serviceWorker } from './launch';

// The structured-interview page (workspace.html#interview) and the popup's Interview tab, in Chromium
// with the built extension. One test walks a whole vacancy; the others cover broken storage and the popup.

const KEY = 'interview';

// Several pages and many storage round trips take longer than the default on a busy machine.
test.describe.configure({ timeout: 90_000 });

// ---- Helpers -----------------------------------------------------------------------------------

/** Runs `chrome.storage.local` calls in the extension's service worker. */
async function storage(context: BrowserContext) {
  const worker = await serviceWorker(context);
  type Chrome = { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } };
  return {
    get: (key: string) =>
      worker.evaluate(async (k) => (await (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get(k))[k], key),
    set: (items: Record<string, unknown>) =>
      worker.evaluate((v) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set(v), items),
  };
}

async function storedState(context: BrowserContext): Promise<InterviewState> {
  return (await (await storage(context)).get(KEY)) as InterviewState;
}

async function openInterviewPage(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/workspace.html#interview`);
  await expect(page.getByRole('heading', { level: 1, name: 'Structured interviews' })).toBeVisible();
}

async function downloadText(page: Page, click: () => Promise<void>): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = await download.path();
  return { download, text: await readFile(file, 'utf8') };
}

/** Goes to a step of the open vacancy with the stepper. */
const step = (page: Page, name: string) => page.getByRole('navigation', { name: /^Steps for / }).getByRole('button', { name, exact: true }).click();

/** Fills a box that saves when the user leaves it, then leaves it. */
async function fillAndLeave(field: Locator, text: string) {
  await field.fill(text);
  await field.press('Tab');
}

/**
 * A vacancy as the model stores it (schema version 2), to start the storage and popup tests from:
 * one panel member and one checklist item done. (The model itself cannot be imported here: Playwright
 * loads specs as Node modules, which cannot read the model's checklist JSON without import attributes.)
 */
function seededState(): InterviewState {
  const none = { shortlisted: 0, appointed: 0 };
  const vacancy: Vacancy = {
    id: 'vacancy-practice-nurse',
    title: 'Practice nurse',
    reference: 'PN-7',
    dates: { closing: null, shortlisting: null, interview: '2026-04-14' },
    createdAt: '2026-03-02T09:00:00.000Z',
    panel: [{ id: 'member-dev', name: 'Dev Rao', role: 'chair', scores: true }],
    checklist: { 're-examine-the-job': { status: 'done', note: '' } },
    criteria: [],
    questions: [],
    candidates: [],
    sheets: [],
    agreed: [],
    decisions: [],
    monitoring: { white: none, asian: none, black: none, mixed: none, other: none, 'not-stated': none },
  };
  return { schemaVersion: 2, vacancies: [vacancy], brokenCopies: [] };
}

const CRITERIA = `Essential criteria
• Experience of working with the public in a busy setting
• Good written and spoken communication in English
Desirable criteria
• Experience of using EMIS Web`;

const Q1 = 'Tell us about a time you calmed an upset patient at the front desk. What did you do?';
const Q2_BAD = 'Do you have any health conditions?';
const Q2 = 'A patient cannot get an appointment today. How would you explain the options to them?';
const LEVELS = ['No evidence', 'Limited', 'Acceptable', 'Good', 'Excellent'];

/** Marks and evidence per member for [Candidate 01, Candidate 02] × [question 1, question 2]. */
const MARKS: Record<string, [number, number][]> = {
  'Asha Patel': [
    [3, 3],
    [2, 2],
  ],
  'Ben Jones': [
    [1, 3],
    [2, 1],
  ],
  'Carol Smith': [
    [3, 4],
    [2, 2],
  ],
};

async function scoreCandidate(page: Page, member: string, candidate: string, marks: [number, number]) {
  await page.getByLabel('Who is scoring?').selectOption({ label: member });
  await page.getByLabel('Candidate', { exact: true }).selectOption({ label: candidate });
  const sheet = page.getByTestId('scoring-sheet');
  await expect(sheet.getByRole('heading', { name: `${member}’s marks for ${candidate}` })).toBeVisible();
  for (const [i, mark] of marks.entries()) {
    const group = sheet.getByRole('group', { name: new RegExp(`^Question ${i + 1}:`) });
    await group.getByRole('radio', { name: `${mark}: ${LEVELS[mark]}` }).check();
    await fillAndLeave(sheet.getByLabel(`Evidence notes for question ${i + 1}`), `${member} on ${candidate}, question ${i + 1}: evidence`);
  }
  await sheet.getByRole('button', { name: `Submit my marks for ${candidate}` }).click();
  await expect(sheet.getByText('You submitted these marks')).toBeVisible();
}

// ---- One whole vacancy -------------------------------------------------------------------------

test('one vacancy from checklist to decisions, monitoring and export, kept after a reload', async ({ page, context, extensionId }) => {
  test.setTimeout(240_000);
  await openInterviewPage(page, extensionId);
  await expect(page.getByText('No vacancies yet.')).toBeVisible();

  // Create the vacancy.
  const newVacancy = page.getByRole('form', { name: 'New vacancy' });
  await newVacancy.getByRole('button', { name: 'Create vacancy' }).click();
  await expect(newVacancy.getByRole('alert')).toHaveText('Give the vacancy a title.');
  await newVacancy.getByLabel('Job title').fill('Practice receptionist');
  await newVacancy.getByLabel('Reference (optional)').fill('REC-2026-01');
  const date = newVacancy.getByRole('group', { name: 'Interview date (optional)' });
  await date.getByLabel('Day').fill('20');
  await date.getByLabel('Month').fill('4');
  await date.getByLabel('Year').fill('2026');
  await newVacancy.getByRole('button', { name: 'Create vacancy' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Practice receptionist/ })).toBeVisible();
  // Shown and entered the UK way, whatever the browser's language.
  await expect(page.getByRole('listitem').filter({ hasText: 'Practice receptionist' })).toContainText('interview 20 April 2026');
  const interviewDate = page.getByRole('group', { name: 'Interview date', exact: true });
  await expect(interviewDate.getByLabel('Day')).toHaveValue('20');
  await expect(interviewDate.getByLabel('Month')).toHaveValue('4');
  await expect(interviewDate.getByLabel('Year')).toHaveValue('2026');
  // "New vacancy" is a button that opens the form.
  await expect(page.getByRole('form', { name: 'New vacancy' })).toHaveCount(0);
  await page.getByRole('button', { name: 'New vacancy' }).click();
  await expect(page.getByRole('form', { name: 'New vacancy' })).toBeVisible();
  await page.getByRole('form', { name: 'New vacancy' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('form', { name: 'New vacancy' })).toHaveCount(0);
  // One stage at a time: the stepper starts at the plan.
  await expect(page.getByRole('heading', { level: 2, name: 'Step 1 of 7: Plan' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: /^Steps for / }).getByRole('button')).toHaveText(
    ['1 Plan', '2 Questions', '3 Candidates and scoring', '4 Moderation', '5 Decisions', '6 Monitoring', '7 Record'],
  );

  // Three panel members.
  const addMember = page.getByRole('form', { name: 'Add a panel member' });
  for (const [name, role] of [
    ['Asha Patel', 'Chair'],
    ['Ben Jones', 'Panel member'],
    ['Carol Smith', 'HR'],
  ] as const) {
    await addMember.getByLabel('Name', { exact: true }).fill(name);
    await addMember.getByLabel('Role', { exact: true }).selectOption({ label: role });
    await addMember.getByRole('button', { name: 'Add to panel' }).click();
  }
  await expect(page.getByTestId('panel-member')).toHaveCount(3);
  await expect(page.getByLabel('Carol Smith marks candidates')).toBeChecked();

  // The checklist: a critical item warns while open, then is done; another is not applicable with a reason.
  await step(page, 'Plan');
  await expect(page.getByTestId('checklist-progress')).toContainText('0 of 30 checklist items done or not applicable');
  const diverse = page.getByTestId('checklist-diverse-panel');
  await expect(diverse.getByText('Critical', { exact: true })).toBeVisible();
  await expect(diverse.getByTestId('critical-warning')).toHaveText(/The panel has not been confirmed as diverse and trained yet/);
  await expect(page.getByTestId('critical-warnings')).toContainText('The panel has not been confirmed as diverse and trained yet.');
  await diverse.getByText('Why, and the source').click();
  await expect(diverse.getByRole('link', { name: /./ }).first()).toHaveAttribute('href', /^https:\/\//);
  await diverse.getByRole('radio', { name: 'Done' }).check();
  await expect(diverse.getByTestId('critical-warning')).toHaveCount(0);
  await expect(page.getByTestId('critical-warnings')).not.toContainText('The panel has not been confirmed as diverse');

  const inclusive = page.getByTestId('checklist-inclusive-behaviour-criterion');
  await inclusive.getByRole('radio', { name: 'Not applicable' }).check();
  await inclusive.getByRole('button', { name: 'Mark not applicable' }).click();
  await expect(inclusive.getByRole('alert')).toHaveText('Say why this item does not apply.');
  await inclusive.getByLabel('Why does this not apply?').fill('Not a management role.');
  await inclusive.getByRole('button', { name: 'Mark not applicable' }).click();
  await expect(inclusive.getByRole('radio', { name: 'Not applicable' })).toBeChecked();
  await expect(page.getByTestId('checklist-progress')).toContainText('2 of 30 checklist items done or not applicable');
  // A legal duty cannot be not applicable.
  await expect(page.getByTestId('checklist-reasonable-adjustments-offered').getByRole('radio', { name: 'Not applicable' })).toBeDisabled();
  // Notes stay folded away until asked for.
  await expect(diverse.getByLabel(/^Note on:/)).toBeHidden();
  await diverse.getByText('Add a note').click();
  await fillAndLeave(diverse.getByLabel(/^Note on:/), 'Panel: two women, one man; Asha and Ben trained in 2025.');

  // Criteria, pasted. "Next" moves one stage on and focuses its heading.
  await page.getByRole('button', { name: 'Next: Questions' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Step 2 of 7: Questions' })).toBeFocused();
  await page.getByLabel('Paste or type criteria, one per line').fill(CRITERIA);
  await expect(page.getByText('3 criteria found:')).toBeVisible();
  await page.getByRole('button', { name: 'Add 3 criteria' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added 3 criteria.' })).toBeVisible();
  await expect(page.getByTestId('criterion')).toHaveCount(3);
  await expect(page.getByLabel('Wording of D1')).toHaveValue('Experience of using EMIS Web');

  // Questions: a good one, and a badly worded one that the engine flags.
  const addQuestion = page.getByRole('form', { name: 'Add a question' });
  await addQuestion.getByLabel('Question', { exact: true }).fill(Q1);
  await addQuestion.getByRole('checkbox', { name: /^E1 / }).check();
  await addQuestion.getByRole('button', { name: 'Add question' }).click();
  await addQuestion.getByLabel('Question', { exact: true }).fill(Q2_BAD);
  await addQuestion.getByRole('checkbox', { name: /^E2 / }).check();
  await addQuestion.getByRole('button', { name: 'Add question' }).click();
  const questions = page.getByTestId('question');
  await expect(questions).toHaveCount(2);
  await expect(questions.nth(0).getByTestId('question-findings')).toHaveText('No biased or unlawful wording found.');

  // What the engine found is what the model stored, and it is all shown next to the question.
  await expect.poll(async () => (await storedState(context))?.vacancies[0]?.questions[1]?.check?.at).toBeTruthy();
  const storedFindings = (await storedState(context)).vacancies[0]!.questions[1]!.check!.findings;
  expect(storedFindings.length, 'the engine flags a health question before an offer').toBeGreaterThan(0);
  const shown = questions.nth(1).getByTestId('question-finding');
  await expect(shown).toHaveCount(storedFindings.length);
  for (const [i, f] of storedFindings.entries()) {
    await expect(shown.nth(i)).toContainText(f.message);
    await expect(shown.nth(i).getByRole('link', { name: f.source.name })).toHaveAttribute('href', f.source.url);
  }
  await expect(shown.first()).toContainText('Likely unlawful');
  await expect(shown.first()).toContainText('section 60');

  // Reworded: the check runs again and the finding goes.
  await fillAndLeave(questions.nth(1).getByLabel('Wording of question 2'), Q2);
  await expect(questions.nth(1).getByTestId('question-findings')).toHaveText('No biased or unlawful wording found.');

  // Level descriptors, written before interviewing.
  await expect(page.getByTestId('question-gaps')).toContainText('Question 1 has no descriptor for levels 0, 1, 2, 3 and 4');
  // Level descriptors are folded away until asked for; the standard wording fills the empty ones.
  await expect(questions.nth(0).getByLabel('Level 0: No evidence')).toBeHidden();
  await questions.nth(0).getByText(/^Level descriptors: what an answer at each level looks like \(0 of 5 written\)/).click();
  await questions.nth(0).getByRole('button', { name: 'Fill the empty levels with the standard wording' }).click();
  await expect(questions.nth(0).getByLabel('Level 0: No evidence')).toHaveValue('No relevant example, or the answer does not address the question.');
  await questions.nth(1).getByText(/^Level descriptors/).click();
  for (const q of [0, 1])
    for (const [level, label] of LEVELS.entries())
      await fillAndLeave(questions.nth(q).getByLabel(`Level ${level}: ${label}`), `Question ${q + 1}, level ${level}: what ${label.toLowerCase()} looks like`);
  await expect(page.getByTestId('question-gaps')).not.toContainText('descriptor');
  await expect(page.getByTestId('question-gaps')).toContainText('D1 (desirable) "Experience of using EMIS Web" has no question');

  // Two candidates.
  await step(page, 'Candidates and scoring');
  await page.getByRole('button', { name: 'Add candidate' }).click();
  await page.getByRole('button', { name: 'Add candidate' }).click();
  await expect(page.getByLabel('Code for Candidate 01')).toHaveValue('Candidate 01');
  await expect(page.getByLabel('Code for Candidate 02')).toHaveValue('Candidate 02');

  // Independent scoring: Asha first.
  await scoreCandidate(page, 'Asha Patel', 'Candidate 01', MARKS['Asha Patel']![0]!);
  await scoreCandidate(page, 'Asha Patel', 'Candidate 02', MARKS['Asha Patel']![1]!);

  // Ben sees none of Asha's marks or notes until everyone has submitted.
  await page.getByLabel('Who is scoring?').selectOption({ label: 'Ben Jones' });
  await page.getByLabel('Candidate', { exact: true }).selectOption({ label: 'Candidate 01' });
  const sheet = page.getByTestId('scoring-sheet');
  await expect(sheet.getByTestId('marks-hidden')).toContainText('Still to submit: Ben Jones, Carol Smith.');
  await expect(page.getByText('Asha Patel on Candidate 01')).toHaveCount(0);
  await expect(page.getByTestId('revealed-marks')).toHaveCount(0);
  await expect(sheet.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(sheet.getByLabel('Evidence notes for question 1')).toHaveValue('');
  // Submitting without every mark is refused with the model's words.
  await sheet.getByRole('button', { name: 'Submit my marks for Candidate 01' }).click();
  await expect(sheet.getByRole('alert')).toHaveText(
    'Give a mark for every question before submitting: questions 1 and 2 have no mark.',
  );
  // Moderation shows nothing yet either.
  await step(page, 'Moderation');
  await expect(page.getByTestId('moderation-Candidate 01')).toContainText('Marks are hidden until everyone has submitted.');
  await expect(page.getByTestId('moderation-Candidate 01').getByRole('table')).toHaveCount(0);
  await step(page, 'Candidates and scoring');

  await scoreCandidate(page, 'Ben Jones', 'Candidate 01', MARKS['Ben Jones']![0]!);
  await expect(page.getByText('Asha Patel on Candidate 01')).toHaveCount(0);
  await scoreCandidate(page, 'Ben Jones', 'Candidate 02', MARKS['Ben Jones']![1]!);
  await scoreCandidate(page, 'Carol Smith', 'Candidate 01', MARKS['Carol Smith']![0]!);
  // Everyone has submitted for Candidate 01: all marks are shown now.
  await expect(page.getByTestId('revealed-marks')).toContainText('Asha Patel on Candidate 01, question 1: evidence');
  await expect(page.getByTestId('revealed-marks')).toContainText('Ben Jones on Candidate 01, question 1: evidence');
  await scoreCandidate(page, 'Carol Smith', 'Candidate 02', MARKS['Carol Smith']![1]!);

  // Moderation: spreads, and the large disagreement on Candidate 01, question 1 (3, 1, 3).
  await step(page, 'Moderation');
  const c1 = page.getByTestId('moderation-Candidate 01');
  await expect(c1.getByTestId('spread')).toHaveText(['2', '1']);
  await expect(c1.getByTestId('disagreement')).toHaveCount(1);
  await expect(c1.getByRole('row', { name: /Question 1/ })).toContainText('Large disagreement: discuss the evidence');
  await expect(c1.getByRole('row', { name: /Question 1/ })).toContainText('2.33');
  const c2 = page.getByTestId('moderation-Candidate 02');
  await expect(c2.getByTestId('spread')).toHaveText(['0', '1']);
  await expect(c2.getByTestId('disagreement')).toHaveCount(0);
  await expect(c2).toContainText('No large disagreements.');
  // Agreeing a mark that is not the mean needs a reason.
  await c1.getByLabel('Agreed mark for Candidate 01, question 1', { exact: true }).selectOption('3');
  await c1.getByRole('button', { name: 'Agree the mark for Candidate 01, question 1' }).click();
  await expect(c1.getByRole('alert')).toHaveText("Give a reason: the agreed mark (3) is not the mean of the panel's marks (2.33).");
  await c1.getByLabel('Reason for the agreed mark for Candidate 01, question 1').fill('Ben had missed the second example; agreed on the evidence.');
  await c1.getByRole('button', { name: 'Agree the mark for Candidate 01, question 1' }).click();
  await expect(c1).toContainText('Agreed: 3');
  await expect(page.getByTestId('ranking')).toContainText('1. Candidate 01');

  // Decisions: a reason must name a criterion.
  await step(page, 'Decisions');
  const d1 = page.getByTestId('decision-Candidate 01');
  await d1.getByLabel('Reason for the decision on Candidate 01').fill('Great interview, a lovely person.');
  await d1.getByRole('button', { name: 'Record the decision' }).click();
  await expect(d1.getByRole('alert')).toHaveText(
    'Name at least one criterion in the reason, by its code (for example E1) or its wording.',
  );
  await d1.getByLabel('Reason for the decision on Candidate 01').fill('Strongest evidence against');
  await d1.getByRole('button', { name: /^Add E1 / }).click();
  await d1.getByRole('button', { name: /^Add E2 / }).click();
  await expect(d1.getByLabel('Reason for the decision on Candidate 01')).toHaveValue('Strongest evidence against E1 E2');
  await expect(d1.getByText('Criteria named: E1, E2.')).toBeVisible();
  await d1.getByRole('button', { name: 'Record the decision' }).click();
  await expect(d1.getByTestId('recorded-decision')).toContainText('Recorded: Appoint');
  const d2 = page.getByTestId('decision-Candidate 02');
  await d2.getByRole('radio', { name: 'Not appointed' }).check();
  await d2.getByLabel('Reason for the decision on Candidate 02').fill('Limited evidence of E1 compared with Candidate 01.');
  await d2.getByRole('button', { name: 'Record the decision' }).click();
  await expect(d2.getByTestId('recorded-decision')).toContainText('Recorded: Not appointed');

  // Outcome monitoring and WRES indicator 2.
  await step(page, 'Monitoring');
  await page.getByLabel('White: shortlisted').fill('4');
  await page.getByLabel('White: appointed').fill('1');
  await page.getByLabel('Black or Black British: shortlisted').fill('2');
  await page.getByLabel('Black or Black British: appointed').fill('3');
  await page.getByRole('button', { name: 'Save the counts' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Black or Black British: the number appointed cannot be more than the number shortlisted.',
  );
  await page.getByLabel('Black or Black British: appointed').fill('1');
  await page.getByRole('button', { name: 'Save the counts' }).click();
  const wres = page.getByTestId('wres-vacancy');
  await expect(wres.getByText('0.50', { exact: true })).toBeVisible();
  await expect(wres.getByTestId('wres-meaning')).toHaveText(
    '0.50: ethnic minority shortlisted applicants were 2.00 times as likely to be appointed as white shortlisted applicants.',
  );
  await expect(wres).toContainText('Small numbers: only 6 people were shortlisted');

  // Export: CSV of the scores, JSON backup, print view.
  await step(page, 'Record');
  const csv = await downloadText(page, () => page.getByRole('button', { name: 'Download the scores (CSV)' }).click());
  expect(csv.download.suggestedFilename()).toBe('scores-practice-receptionist.csv');
  expect(csv.text.startsWith('\uFEFFVacancy,Reference,Candidate,Question number,Question,Criteria,Panel member,Role,Mark,Scale,Evidence,Submitted at,Agreed mark,Agreed mark reason\r\n')).toBe(true);
  const rows = csv.text.trimEnd().split('\r\n');
  expect(rows).toHaveLength(1 + 2 * 2 * 3);
  expect(rows[1]).toMatch(
    /^Practice receptionist,REC-2026-01,Candidate 01,1,Tell us about a time.*,E1,Asha Patel,Chair,3,0 to 4,"Asha Patel on Candidate 01, question 1: evidence",\d{4}-.*,3,Ben had missed the second example; agreed on the evidence\.$/,
  );
  expect(rows[2]).toContain('Ben Jones,Panel member,1,');

  const json = await downloadText(page, () => page.getByRole('button', { name: 'Download a backup of this vacancy (JSON)' }).click());
  expect(json.download.suggestedFilename()).toBe('interview-backup-practice-receptionist.json');
  const backup = JSON.parse(json.text) as { format: string; version: number; vacancies: InterviewState['vacancies'] };
  expect(backup.format).toBe('de-bias-interview');
  expect(backup.version).toBe(2);
  expect(backup.vacancies).toHaveLength(1);
  expect(backup.vacancies[0]).toMatchObject({ title: 'Practice receptionist', reference: 'REC-2026-01' });
  expect(backup.vacancies[0]!.decisions.map((d) => d.outcome).sort()).toEqual(['appoint', 'not-appointed']);
  expect(backup.vacancies[0]!.sheets).toHaveLength(6);

  await page.evaluate(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => {
      w.printed += 1;
    };
  });
  await page.getByRole('button', { name: 'Open the print view' }).click();
  const record = page.getByTestId('print-record');
  await expect(record.getByRole('heading', { level: 1 })).toHaveText('Interview record: Practice receptionist');
  await expect(record).toContainText('Decision: Appoint');
  await expect(record).toContainText('Not applicable: For a management role');
  await expect(record).toContainText('Reason: Not a management role.');
  await expect(record).toContainText('Asha Patel: 3. Evidence: Asha Patel on Candidate 01, question 1: evidence');
  await expect(page.getByRole('navigation', { name: /^Steps for / })).toHaveCount(0);
  await record.getByRole('button', { name: 'Print or save as PDF' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  // The controls are hidden when printed.
  await page.emulateMedia({ media: 'print' });
  await expect(record.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await record.getByRole('button', { name: 'Back to the vacancy' }).click();
  await expect(page.getByRole('navigation', { name: /^Steps for / }).getByRole('button', { name: 'Record' })).toHaveAttribute('aria-current', 'step');

  // Importing a broken backup lists what is wrong and loads nothing.
  const broken = JSON.parse(json.text) as { vacancies: { title: string; panel: { name: string }[] }[] };
  broken.vacancies[0]!.title = '';
  broken.vacancies[0]!.panel[1]!.name = ' ';
  const importer = page.getByLabel('Import a backup file');
  await importer.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  const importErrors = page.getByRole('alert').filter({ hasText: 'This file was not imported' });
  await expect(importErrors.getByRole('listitem')).toHaveText(['Vacancy 1: the job title must not be empty.', 'Vacancy 1, panel member 2: the name must not be empty.']);
  await importer.setInputFiles({ name: 'settings.json', mimeType: 'application/json', buffer: Buffer.from('{"strictness": "strict"}') });
  await expect(importErrors.getByRole('listitem')).toHaveText(['This file is not a De-bias interview backup.']);
  await importer.setInputFiles({ name: 'not-json.json', mimeType: 'application/json', buffer: Buffer.from('{oops') });
  await expect(importErrors.getByRole('listitem')).toHaveText(['This file is not a De-bias interview backup: it is not valid JSON.']);
  // The errors are about that file: they go when the user does something else.
  await step(page, 'Decisions');
  await expect(importErrors).toHaveCount(0);
  await step(page, 'Record');
  // The good backup would replace the vacancy, so De-bias asks first.
  await importer.setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(json.text) });
  await expect(page.getByRole('group', { name: 'Replace vacancies that are already here?' })).toContainText('already here: Practice receptionist');
  await page.getByRole('button', { name: 'Cancel' }).click();
  expect((await storedState(context)).vacancies).toHaveLength(1);

  // A reload keeps everything.
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: /Practice receptionist/ })).toBeVisible();
  await expect(page.getByTestId('panel-member')).toHaveCount(3);
  await step(page, 'Plan');
  await expect(page.getByTestId('checklist-diverse-panel').getByRole('radio', { name: 'Done' })).toBeChecked();
  await expect(page.getByTestId('checklist-diverse-panel').getByLabel(/^Note on:/)).toHaveValue(
    'Panel: two women, one man; Asha and Ben trained in 2025.',
  );
  await expect(inclusive.getByLabel('Why does this not apply?')).toHaveValue('Not a management role.');
  await step(page, 'Questions');
  await expect(page.getByTestId('criterion')).toHaveCount(3);
  await expect(page.getByLabel('Wording of question 2')).toHaveValue(Q2);
  await expect(page.getByLabel('Level 4: Excellent').first()).toHaveValue('Question 1, level 4: what excellent looks like');
  await step(page, 'Moderation');
  await expect(page.getByTestId('moderation-Candidate 01')).toContainText('Agreed: 3');
  await step(page, 'Decisions');
  await expect(page.getByTestId('decision-Candidate 01').getByTestId('recorded-decision')).toContainText(
    'Recorded: Appoint. Strongest evidence against E1 E2 (criteria named: E1, E2;',
  );
  await step(page, 'Monitoring');
  await expect(page.getByTestId('wres-vacancy').getByTestId('wres-meaning')).toHaveText(/^0\.50: /);
  await expect(page.getByTestId('storage-problem')).toHaveCount(0);
});

// ---- Broken storage ----------------------------------------------------------------------------

test('broken stored data is reported, the last good copy restored, and the broken data offered for download', async ({
  page,
  context,
  extensionId,
}) => {
  const store = await storage(context);
  await store.set({ [KEY]: seededState() });
  // A clean load: the page keeps this as the last good copy.
  await openInterviewPage(page, extensionId);
  await expect(page.getByRole('heading', { level: 2, name: /Practice nurse/ })).toBeVisible();
  await expect.poll(async () => ((await store.get('interview:last-good')) as InterviewState | undefined)?.vacancies.length).toBe(1);

  // Something breaks the primary copy while no page is open.
  await page.goto('about:blank');
  const corrupted = { schemaVersion: 2, vacancies: 'not a list', brokenCopies: [] };
  await store.set({ [KEY]: corrupted });
  await openInterviewPage(page, extensionId);
  const alert = page.getByTestId('storage-problem');
  await expect(alert).toHaveAttribute('role', 'alert');
  await expect(alert).toContainText('Your saved interview records could not be read');
  await expect(alert).toContainText('so De-bias has restored the last good copy');
  await expect(page.getByRole('heading', { level: 2, name: /Practice nurse/ })).toBeVisible();
  await expect(page.getByTestId('panel-member')).toHaveCount(1);
  expect((await storedState(context)).vacancies[0]!.title).toBe('Practice nurse');

  // The unreadable data can be downloaded, then discarded.
  const copies = page.getByTestId('broken-copies');
  await expect(copies).toContainText('vacancies: must be a list');
  const raw = await downloadText(page, () => copies.getByRole('button', { name: 'Download the unreadable data' }).click());
  expect(JSON.parse(raw.text)).toEqual(corrupted);
  await copies.getByRole('button', { name: 'Discard it' }).click();
  await expect(copies).toHaveCount(0);
  await expect.poll(async () => (await storedState(context))?.brokenCopies?.length).toBe(0);
  await alert.getByRole('button', { name: 'Dismiss this message' }).click();
  await expect(alert).toHaveCount(0);

  // Broken while the page is open: reported at once, and this page's copy is saved back.
  await store.set({ [KEY]: { schemaVersion: 2, vacancies: [{ title: 42 }], brokenCopies: [] } });
  await expect(page.getByTestId('storage-problem')).toContainText('restored the last good copy');
  await expect(page.getByRole('heading', { level: 2, name: /Practice nurse/ })).toBeVisible();
  await expect(page.getByTestId('broken-copies').getByRole('listitem')).toHaveCount(1);
  await expect.poll(async () => (await storedState(context))?.vacancies?.[0]?.title).toBe('Practice nurse');

  // Saved by another page: picked up without a reload.
  const other = await context.newPage();
  await openInterviewPage(other, extensionId);
  await expect(other.getByRole('heading', { level: 2, name: 'Step 1 of 7: Plan' })).toBeVisible();
  await fillAndLeave(other.getByLabel('Reference', { exact: true }), 'PN-8');
  await expect(page.getByRole('heading', { level: 2, name: /Practice nurse/ })).toContainText('(PN-8)');
  await other.close();
});

// ---- The popup ---------------------------------------------------------------------------------

test("the popup's Interview tab shows the current vacancy's progress and ticks items off", async ({ page, context, extensionId }) => {
  // With no vacancy, it offers to create one on the full page.
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.getByRole('tab', { name: 'Interview' }).click();
  await expect(page.getByText('No vacancies yet.')).toBeVisible();
  const [created] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Create a vacancy' }).click()]);
  await expect(created).toHaveURL(`chrome-extension://${extensionId}/workspace.html#interview`);
  await expect(created.getByRole('form', { name: 'New vacancy' })).toBeVisible();
  await created.close();

  // With a vacancy: progress, the next open items (critical first), and a tick.
  const state = seededState();
  const vacancyId = state.vacancies[0]!.id;
  await (await storage(context)).set({ [KEY]: state, 'interview:current': vacancyId });
  await page.reload();
  await page.getByRole('tab', { name: 'Interview' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Practice nurse' })).toBeVisible();
  const progress = page.getByTestId('checklist-progress');
  await expect(progress).toContainText('1 of 30 checklist items done or not applicable (3%)');
  await expect(progress).toContainText('6 critical items open');
  const items = page.locator('[data-testid^="popup-item-"]');
  await expect(items).toHaveCount(3);
  await expect(items.first()).toHaveAttribute('data-testid', 'popup-item-diverse-panel');
  await expect(items.first()).toContainText('Critical');
  await expect(items.first()).toContainText('The panel has not been confirmed as diverse and trained yet.');

  await items.first().getByRole('button', { name: /^Mark done: Use a diverse panel/ }).click();
  await expect(progress).toContainText('2 of 30 checklist items done or not applicable (6%)');
  await expect(progress).toContainText('5 critical items open');
  await expect(page.getByTestId('popup-item-diverse-panel')).toHaveCount(0);
  await expect(items.first()).toHaveAttribute('data-testid', 'popup-item-scoring-guide-agreed');
  await expect
    .poll(async () => (await storedState(context))?.vacancies?.[0]?.checklist['diverse-panel']?.status)
    .toBe('done');

  // The full page opens on the same vacancy, with the item ticked.
  const [full] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Open the interview page' }).click()]);
  await expect(full).toHaveURL(`chrome-extension://${extensionId}/workspace.html#interview`);
  await expect(full.getByRole('heading', { level: 2, name: /Practice nurse/ })).toBeVisible();

  await expect(full.getByTestId('checklist-diverse-panel').getByRole('radio', { name: 'Done' })).toBeChecked();

  // A tick on the full page shows in the open popup.
  await full.getByTestId('checklist-scoring-guide-agreed').getByRole('radio', { name: 'Done' }).check();
  await expect(progress).toContainText('3 of 30 checklist items done or not applicable (10%)');
});
