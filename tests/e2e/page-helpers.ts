import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './fixtures';
import { serviceWorker } from './launch';

/** The text under each of De-bias's underlines on the page, by severity, in document order. */
export async function highlightedTexts(page: Page): Promise<Record<'error' | 'warning' | 'info', string[]>> {
  // No named functions inside: this also runs from tsx scripts, whose helpers the page does not have.
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const severity of ['error', 'warning', 'info']) {
      const h = CSS.highlights.get(`de-bias-${severity}`);
      const ranges = h ? ([...h] as Range[]) : [];
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      out[severity] = ranges.map((r) => r.toString());
    }
    return out as Record<'error' | 'warning' | 'info', string[]>;
  });
}

/** The extension's UI on the page (inside its shadow root, which locators pierce). */
export const overlay = (page: Page) => page.locator('de-bias-ui');

/**
 * Sends a message to the active tab's content scripts from the service worker, as the popup does:
 * `{ kind, ...data }` goes out in browser/messages.ts's wire format (@webext-core/messaging's
 * `{ id, type, data, timestamp }`), and the reply's `res` comes back.
 */
export async function askActiveTab(context: BrowserContext, { kind, ...data }: { kind: string; [field: string]: unknown }): Promise<unknown> {
  const worker = await serviceWorker(context);
  const message = { id: 0, type: kind, data: Object.keys(data).length > 0 ? data : undefined, timestamp: Date.now() };
  const reply = await worker.evaluate(async (m) => {
    const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object): Promise<unknown> } } }).chrome;
    const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('There is no active tab to ask.');
    return c.tabs.sendMessage(tab.id, m);
  }, message);
  return (reply as { res?: unknown } | undefined)?.res;
}

/**
 * The active tab's report; null while it has none (a draft has none until the background has
 * answered for the drafts as a whole) or while its checker is not answering yet (it starts a moment
 * after the page has loaded). For polls, which fail at once when their function throws.
 */
export async function activeTabReport<R>(context: BrowserContext): Promise<R | null> {
  try {
    return ((await askActiveTab(context, { kind: 'get-report' })) as { report: R | null }).report;
  } catch (error) {
    if (String(error).includes('Receiving end does not exist')) return null;
    throw error;
  }
}

/** The active tab's report, asked again until it has one. */
export async function reportOf<R>(context: BrowserContext): Promise<R> {
  let report: R | null = null;
  await expect
    .poll(async () => {
      report = await activeTabReport<R>(context);
      return report !== null;
    })
    .toBe(true);
  return report!;
}

/**
 * Waits until the editors' underlines are those of their text as it is now: a check that started
 * after the last input has been drawn. Typed key by key on a busy machine, a draft can show for a
 * while the findings of its text short of the last keys, and a suggestion is applied only to the
 * text its finding was made in. (The content script's measures are in the page's timeline.)
 */
export async function editorsCaughtUp(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const lastInput = Math.max(-1, ...performance.getEntriesByName('de-bias:input').map((e) => e.startTime));
        return performance.getEntriesByName('de-bias:editor-check').some((e) => e.startTime > lastInput);
      }),
    )
    .toBe(true);
}

/**
 * Waits for two animation frames: what the content host measures in the next frame (where the text
 * runs, for the pill) has been measured and drawn.
 */
export async function framesDrawn(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}
