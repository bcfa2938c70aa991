import { spawnSync } from 'node:child_process';
import { expect, test } from './fixtures';
import { activeTabReport, overlay, reportOf } from './page-helpers';

// Issue 11: the same text gives the same findings in the CLI, on an NHS Jobs page and in an editor.
const PAGE_FILE = 'tests/pages/nhs-jobs/practice-receptionist.html';
const ADVERT = 'https://www.jobs.nhs.uk/candidate/jobadvert/practice-receptionist';
const EDITOR = 'https://www.jobs.nhs.uk/employer/employer-advert';

interface Report {
  findings: { ruleId: string; text: string }[];
  document: { ruleId: string }[];
}

/** `debias scan --format json` on the saved page, as an HR team would run it (exit 1: it has a likely-unlawful finding). */
function scanWithCli(): Report & { text: string } {
  const run = spawnSync(process.execPath, ['bin/debias.js', 'scan', '--format', 'json', PAGE_FILE], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(1);
  return JSON.parse(run.stdout).results[0];
}

const inline = (r: Report) => r.findings.map((f) => `${f.ruleId}: ${f.text}`);

test('the command line and the NHS Jobs page find the same things in the same advert, whole-advert findings included', async ({ context, page }) => {
  const cli = scanWithCli();
  await page.goto(ADVERT);
  await expect(overlay(page).getByTestId('summary-pill')).toBeVisible();
  await page.bringToFront();
  const report = await reportOf<Report>(context);
  expect(inline(report)).toEqual(inline(cli));
  expect(report.document.map((d) => d.ruleId)).toEqual(cli.document.map((d) => d.ruleId));
  // "PCN" is spelled out nowhere on the page, so the page and the command both note it once.
  expect(inline(cli).filter((f) => f === 'unexpanded-acronym: PCN')).toHaveLength(1);
});

test('the same advert text typed into an NHS Jobs employer form gets the same underlines', async ({ context, page }) => {
  const cli = scanWithCli();
  await page.goto(EDITOR);
  await page.locator('#job-overview').fill(cli.text);
  await page.bringToFront();
  await expect
    .poll(async () => {
      // No report until the checker has started and the background has answered for the draft as a whole: ask again.
      const report = await activeTabReport<Report>(context);
      return report && inline(report);
    })
    .toEqual(inline(cli));
});
