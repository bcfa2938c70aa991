import type { Page } from '@playwright/test';

/** The text under each of De-bias's underlines on the page, by severity, in document order. */
export async function highlightedTexts(page: Page): Promise<Record<'error' | 'warning' | 'info', string[]>> {
  return page.evaluate(() => {
    const read = (name: string) => {
      const h = CSS.highlights.get(name);
      if (!h) return [];
      const ranges = [...h] as Range[];
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      return ranges.map((r) => r.toString());
    };
    return { error: read('de-bias-error'), warning: read('de-bias-warning'), info: read('de-bias-info') };
  });
}

/** The extension's UI on the page (inside its shadow root, which locators pierce). */
export const overlay = (page: Page) => page.locator('de-bias-ui');
