import type { Page } from '@playwright/test';

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
