import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './fixtures';

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
  const [worker] = context.serviceWorkers();
  const message = { id: 0, type: kind, data: Object.keys(data).length > 0 ? data : undefined, timestamp: Date.now() };
  const reply = await worker!.evaluate(async (m) => {
    const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]>; sendMessage(id: number, m: object): Promise<unknown> } } }).chrome;
    const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
    return c.tabs.sendMessage(tab!.id, m);
  }, message);
  return (reply as { res?: unknown } | undefined)?.res;
}

/**
 * The active tab's report, asked again until it has one: a draft has no report until the
 * background has answered for the drafts as a whole, a moment after its underlines appear.
 */
export async function reportOf<R>(context: BrowserContext): Promise<R> {
  let report: R | null = null;
  await expect
    .poll(async () => {
      report = ((await askActiveTab(context, { kind: 'get-report' })) as { report: R | null }).report;
      return report !== null;
    })
    .toBe(true);
  return report!;
}
