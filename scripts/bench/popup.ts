// In Chromium, with the built extension: how soon the popup shows something (first contentful paint)
// and how soon React has taken over its first screen. Target: first paint in 100 ms.
//
// Two ways of opening it, reported side by side:
// - the toolbar popup, as a user opens it: chrome.action.openPopup() from an idle extension page.
//   Chromium shows a popup only once its page has loaded (its load event), hidden until then, so
//   what delays the load event delays the paint; this is the figure that counts. Times are from the
//   popup document's start, and from the call that opened it (the click, as near as a script gets);
// - popup.html in a new tab, as the e2e tests open it: a tab paints before its load event, and pays
//   for a navigation a popup does not.
//
// On a loaded machine every page paints late, so each open is interleaved with an open of a one-line
// extension page (no style, no script) added to a copy of the build, opened the same way: its first
// paint is the least any page costs here. `--compare <built chrome-mv3 folder>` adds that build's
// popup (its HTML and chunks, copied beside this build's) to the same interleaved runs: before and
// after under the same load.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { chromiumPath, EXTENSION_DIR, extensionId, launchWithExtension, NO_CHROMIUM } from '../../tests/e2e/launch';
import { startPageServer } from '../../tests/e2e/server';

const OPENS = Number(process.env.POPUP_BENCH_OPENS ?? 20);
const READY_MARK = 'de-bias:popup-ready'; // set by entrypoints/popup/App.tsx
const FLOOR_PAGE = 'bench-floor.html';
const COMPARED_PAGE = 'bench-compared-popup.html';

interface Times {
  /** First contentful paint, from the document's start. */
  paint: number;
  /** From the openPopup() call (toolbar popup only). */
  paintFromClick: number;
  /** React in charge (the popup only), from the document's start. */
  ready: number;
}

/** The few extension APIs the opener uses (the page's `chrome`, which tsc does not know here). */
interface OpenerApi {
  action: { setPopup(details: { popup: string }): Promise<void>; openPopup(options: { windowId?: number }): Promise<void> };
  windows: { getCurrent(): Promise<{ id?: number }> };
  extension: { getViews(filter: { type: 'popup' }): Window[] };
}

interface Subject {
  label: string;
  file: string;
  react: boolean;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};
const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** Opens `file` as the toolbar popup from `opener` (an idle extension page) and reads its timings once painted. */
async function openAsPopup(opener: Page, { file, react }: Subject): Promise<Times> {
  // No named functions inside: tsx would add a helper the page does not have.
  return opener.evaluate(
    async ({ file, react, mark }) => {
      const c = (globalThis as unknown as { chrome: OpenerApi }).chrome;
      await c.action.setPopup({ popup: file });
      const { id: windowId } = await c.windows.getCurrent();
      await new Promise((resolve) => setTimeout(resolve, 200)); // let the last popup's teardown settle
      const clicked = performance.timeOrigin + performance.now();
      await c.action.openPopup({ windowId });
      // Polled sparingly: this page shares the popup's process and main thread.
      for (let waited = 0; waited < 20_000; waited += 100) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const [view] = c.extension.getViews({ type: 'popup' });
        const paint = view?.performance.getEntriesByName('first-contentful-paint')[0];
        const ready = view?.performance.getEntriesByName(mark)[0];
        if (!view || !paint || (react && !ready)) continue;
        const times = { paint: paint.startTime, paintFromClick: view.performance.timeOrigin + paint.startTime - clicked, ready: ready?.startTime ?? 0 };
        view.close();
        while (c.extension.getViews({ type: 'popup' }).length > 0) await new Promise((resolve) => setTimeout(resolve, 50));
        return times;
      }
      throw new Error(`${file} did not paint as a popup within 20 s.`);
    },
    { file, react, mark: READY_MARK },
  );
}

/** Opens `file` in a new tab of the popup's size and reads its timings. */
async function openInTab(context: BrowserContext, id: string, { file, react }: Subject): Promise<Times> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 420, height: 600 });
  await page.goto(`chrome-extension://${id}/${file}`);
  if (react) await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, READY_MARK);
  const times = await page.evaluate(
    (m) =>
      new Promise<Times>((resolve) => {
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            if (e.name === 'first-contentful-paint') resolve({ paint: e.startTime, paintFromClick: Number.NaN, ready: performance.getEntriesByName(m)[0]?.startTime ?? 0 });
          }
        }).observe({ type: 'paint', buffered: true });
      }),
    READY_MARK,
  );
  await page.close();
  return times;
}

const figure = (values: number[]) => `${percentile(values, 50).toFixed(0).padStart(4)} (p95 ${percentile(values, 95).toFixed(0).padStart(4)})`;

/** Copies another build's popup into `dir` as COMPARED_PAGE: its chunks keep their hashed names, so they sit beside this build's. */
function addComparedPopup(dir: string, otherBuild: string): void {
  for (const folder of ['chunks', 'assets']) {
    for (const file of readdirSync(path.join(otherBuild, folder))) {
      cpSync(path.join(otherBuild, folder, file), path.join(dir, folder, file), { force: false, errorOnExist: false });
    }
  }
  cpSync(path.join(otherBuild, 'popup.html'), path.join(dir, COMPARED_PAGE));
}

async function main(): Promise<void> {
  if (!chromiumPath()) {
    console.log(`Popup benchmark skipped: ${NO_CHROMIUM}`);
    return;
  }
  const compareWith = process.argv.includes('--compare') ? process.argv[process.argv.indexOf('--compare') + 1] : undefined;
  const extensionDir = mkdtempSync(path.join(tmpdir(), 'de-bias-bench-'));
  cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
  writeFileSync(path.join(extensionDir, FLOOR_PAGE), '<!doctype html><html lang="en-GB"><title>Floor</title><p>De-bias</p></html>');
  const subjects: Subject[] = [
    { label: 'popup', file: 'popup.html', react: true },
    ...(compareWith ? [{ label: `popup of ${compareWith}`, file: COMPARED_PAGE, react: true }] : []),
    { label: 'one-line page (the floor)', file: FLOOR_PAGE, react: false },
  ];
  if (compareWith) addComparedPopup(extensionDir, compareWith);
  const { origin, server } = await startPageServer();
  const context = await launchWithExtension({ headless: true, pagesOrigin: origin, blocked: [], extensionDir });
  const loadBefore = loadAverage();
  try {
    const id = await extensionId(context);
    const opener = context.pages()[0] ?? (await context.newPage());
    await opener.goto(`chrome-extension://${id}/${FLOOR_PAGE}`);
    const times = new Map(subjects.map((s) => [s, { popup: [] as Times[], tab: [] as Times[] }]));
    for (let run = 0; run < OPENS; run++) {
      // Alternate the order, so that no subject always follows the same one.
      for (const subject of run % 2 ? [...subjects].reverse() : subjects) {
        times.get(subject)!.popup.push(await openAsPopup(opener, subject));
        times.get(subject)!.tab.push(await openInTab(context, id, subject));
      }
    }
    console.log(`\nPopup, ${OPENS} opens each, interleaved (target: first paint in 100 ms or less); load average ${loadBefore} before, ${loadAverage()} after.`);
    console.log('Milliseconds, median (p95). As a toolbar popup (what a user sees):');
    console.log(`  ${''.padEnd(44)} first paint  paint from click  React in charge`);
    for (const [subject, { popup }] of times) {
      const ready = subject.react ? figure(popup.map((t) => t.ready)) : '';
      console.log(`  ${subject.label.padEnd(44)} ${figure(popup.map((t) => t.paint))}  ${figure(popup.map((t) => t.paintFromClick)).padStart(16)}  ${ready.padStart(15)}`);
    }
    console.log('Opened in a tab (as the e2e tests open it):');
    for (const [subject, { tab }] of times) {
      const ready = subject.react ? figure(tab.map((t) => t.ready)) : '';
      console.log(`  ${subject.label.padEnd(44)} ${figure(tab.map((t) => t.paint))}  ${''.padStart(16)}  ${ready.padStart(15)}`);
    }
  } finally {
    await context.close();
    server.close();
    rmSync(extensionDir, { recursive: true, force: true });
  }
}

await main();
