// In Chromium, with the built extension: how soon the popup shows something, as the browser measures
// it (first contentful paint), and how soon React has taken over its first screen. Each open is a new
// page, as each click on the toolbar button opens a new popup document. Target: first paint in 100 ms.
//
// On a loaded machine every page paints late, so each popup open is paired with an open of a
// one-line extension page (no style, no script) added to a copy of the build: its first paint is the
// least any page costs here, and the popup's figure is read against it.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { chromiumPath, EXTENSION_DIR, extensionId, launchWithExtension, NO_CHROMIUM } from '../../tests/e2e/launch';
import { startPageServer } from '../../tests/e2e/server';

const OPENS = 20;
const FLOOR_PAGE = 'bench-floor.html';

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};
const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** Opens an extension page in a new tab; its first contentful paint and (if given) when a mark was set, in ms from navigation. */
async function open(context: BrowserContext, url: string, readyMark?: string): Promise<{ paint: number; ready: number }> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 420, height: 600 });
  await page.goto(url);
  if (readyMark) await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, readyMark);
  // No named functions inside: tsx would add a helper the page does not have.
  const times = await page.evaluate(
    (m) =>
      new Promise<{ paint: number; ready: number }>((resolve) => {
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            if (e.name === 'first-contentful-paint') resolve({ paint: e.startTime, ready: m ? performance.getEntriesByName(m)[0]!.startTime : 0 });
          }
        }).observe({ type: 'paint', buffered: true });
      }),
    readyMark,
  );
  await page.close();
  return times;
}

const line = (label: string, values: number[]) =>
  `  ${label.padEnd(40)} median ${percentile(values, 50).toFixed(0).padStart(4)} ms, p95 ${percentile(values, 95).toFixed(0).padStart(4)} ms`;

async function main(): Promise<void> {
  if (!chromiumPath()) {
    console.log(`Popup benchmark skipped: ${NO_CHROMIUM}`);
    return;
  }
  const extensionDir = mkdtempSync(path.join(tmpdir(), 'de-bias-bench-'));
  cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
  writeFileSync(path.join(extensionDir, FLOOR_PAGE), '<!doctype html><html lang="en-GB"><title>Floor</title><p>De-bias</p></html>');
  const { origin, server } = await startPageServer();
  const context = await launchWithExtension({ headless: true, pagesOrigin: origin, blocked: [], extensionDir });
  const loadBefore = loadAverage();
  try {
    const id = await extensionId(context);
    const popup = { paint: [] as number[], ready: [] as number[] };
    const floor: number[] = [];
    for (let run = 0; run < OPENS; run++) {
      const times = await open(context, `chrome-extension://${id}/popup.html`, 'de-bias:popup-ready');
      popup.paint.push(times.paint);
      popup.ready.push(times.ready);
      floor.push((await open(context, `chrome-extension://${id}/${FLOOR_PAGE}`)).paint);
    }
    console.log(`\nPopup, ${OPENS} opens (target: first paint in 100 ms or less); load average ${loadBefore} before, ${loadAverage()} after:`);
    console.log(line('first contentful paint', popup.paint));
    console.log(line('React has taken over (Check tab live)', popup.ready));
    console.log(line('a one-line page, first paint (the floor)', floor));
  } finally {
    await context.close();
    server.close();
    rmSync(extensionDir, { recursive: true, force: true });
  }
}

await main();
