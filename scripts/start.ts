// `npm start`: builds the extension and opens Chromium with it on the bundled demo pages (an
// NHS Jobs-style advert and a webmail-style compose window). With no display it runs the same
// demo headless, saves screenshots to demo-output/ and prints what the extension found.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { chromiumPath, launchWithExtension, NO_CHROMIUM } from '../tests/e2e/launch';
import { highlightedTexts } from '../tests/e2e/page-helpers';
import { startPageServer } from '../tests/e2e/server';

const DEMO_PAGES = [
  { name: 'nhs-jobs-advert', url: 'https://www.jobs.nhs.uk/candidate/jobadvert/practice-receptionist' },
  { name: 'webmail-compose', url: 'https://mail.google.com/mail/u/0/compose' },
];
const OUT = path.resolve(import.meta.dirname, '../demo-output');

/** What the extension found on a demo page: its underlines, and its summary panel where it shows one. */
async function found(page: Page): Promise<string> {
  await page.waitForFunction(() => performance.getEntriesByName('de-bias:page-check').length + performance.getEntriesByName('de-bias:editor-check').length > 0, undefined, { timeout: 10_000 });
  const lines: string[] = [];
  const marks = await highlightedTexts(page);
  for (const [severity, label] of [['error', 'Likely unlawful'], ['warning', 'May deter applicants'], ['info', 'Worth a look']] as const) {
    if (marks[severity].length > 0) lines.push(`  ${label}: ${marks[severity].map((t) => `“${t}”`).join(', ')}`);
  }
  const whole = page.locator('de-bias-ui [data-testid="document-findings"] .document-message');
  for (const text of await whole.allTextContents()) lines.push(`  Advert as a whole: ${text}`);
  return lines.length > 0 ? lines.join('\n') : '  No problems found.';
}

async function main(): Promise<number> {
  if (!chromiumPath()) {
    console.error(NO_CHROMIUM);
    return 1;
  }
  console.log('Building the extension…');
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  const headless = !process.env.DISPLAY || process.env.HEADLESS === '1';
  const { origin, server } = await startPageServer();
  const blocked: string[] = [];
  const context = await launchWithExtension({ headless, pagesOrigin: origin, blocked });
  const pages: Page[] = [];
  for (const demo of DEMO_PAGES) {
    const page = pages.length === 0 ? (context.pages()[0] ?? (await context.newPage())) : await context.newPage();
    await page.goto(demo.url);
    pages.push(page);
  }
  if (!headless) {
    console.log('Chromium is open with De-bias loaded on the demo pages. Close the browser window to finish.');
    await new Promise<void>((resolve) => context.on('close', () => resolve()));
    server.close();
    return 0;
  }
  mkdirSync(OUT, { recursive: true });
  for (const [i, demo] of DEMO_PAGES.entries()) {
    const page = pages[i]!;
    await page.bringToFront();
    console.log(`\n${demo.name} (${demo.url})`);
    console.log(await found(page));
    const file = path.join(OUT, `${demo.name}.png`);
    await page.screenshot({ path: file });
    console.log(`  Screenshot: ${path.relative(process.cwd(), file)}`);
  }
  await context.close();
  server.close();
  if (blocked.length > 0) {
    console.error(`Requests that tried to leave this computer (blocked): ${blocked.join(', ')}`);
    return 1;
  }
  console.log('\nNo request left this computer.');
  return 0;
}

process.exitCode = await main();
