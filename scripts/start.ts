// `npm start`: builds the extension and opens Chromium with it on the bundled demo pages (an
// NHS Jobs-style advert and a webmail-style draft with a card open), beside the welcome page a
// new user sees. With no display it runs the same demo headless, saves screenshots to
// demo-output/ and prints what the extension found.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { chromiumPath, launchWithExtension, NO_CHROMIUM, welcomePage } from '../tests/e2e/launch';
import { highlightedTexts } from '../tests/e2e/page-helpers';
import { startPageServer } from '../tests/e2e/server';

const DEMO_PAGES = [
  { name: 'nhs-jobs-advert', url: 'https://www.jobs.nhs.uk/candidate/jobadvert/practice-receptionist', openCard: false },
  { name: 'webmail-compose', url: 'https://mail.google.com/mail/u/0/compose', openCard: true },
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
  const pill = page.locator('de-bias-ui').getByTestId('summary-pill');
  if (await pill.count()) lines.push(`  Summary: ${(await pill.textContent())?.replace('De-bias summary: ', '')}`);
  return lines.length > 0 ? lines.join('\n') : '  No problems found.';
}

/** Rests the pointer on the first underlined words, so the demo shows a card. */
async function openFirstCard(page: Page): Promise<void> {
  const at = await page.evaluate(() => {
    for (const severity of ['error', 'warning', 'info']) {
      const [range] = [...((CSS.highlights.get(`de-bias-${severity}`) as unknown as Set<Range> | undefined) ?? [])];
      if (!range) continue;
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  });
  if (!at) return;
  await page.mouse.move(at.x, at.y);
  await page.locator('de-bias-ui').getByTestId('finding-card').waitFor({ timeout: 5_000 });
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
  const context = await launchWithExtension({ headless, pagesOrigin: origin, blocked, keepWelcome: true });
  const welcome = await welcomePage(context);
  const blank = context.pages().filter((p) => p.url() === 'about:blank');
  const pages: Page[] = [];
  for (const demo of DEMO_PAGES) {
    const page = await context.newPage();
    await page.goto(demo.url);
    pages.push(page);
  }
  for (const p of blank) await p.close();
  for (const [i, demo] of DEMO_PAGES.entries()) {
    if (!demo.openCard) continue;
    await pages[i]!.bringToFront();
    await found(pages[i]!);
    await openFirstCard(pages[i]!);
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
  await welcome.bringToFront();
  const file = path.join(OUT, 'welcome.png');
  await welcome.screenshot({ path: file, fullPage: true });
  console.log(`\nwelcome page (opened on install)\n  Screenshot: ${path.relative(process.cwd(), file)}`);
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
