/** What an on-demand check looks at: the user's selection, or the page's main text. */
export type CheckScope = 'selection' | 'page';

/** The global the on-demand checker reads its scope from (both run in the extension's isolated world). */
export const SCOPE_GLOBAL = '__deBiasCheckScope';

/**
 * Checks a tab on demand: the popup's "Check this page" and the context menu's "Check this text".
 * Runs through activeTab, so De-bias needs no access to sites the user has not asked it to check.
 */
export async function checkTab(tabId: number, scope: CheckScope): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId },
    func: (name: string, value: string) => {
      (globalThis as Record<string, unknown>)[name] = value;
    },
    args: [SCOPE_GLOBAL, scope],
  });
  await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/check-page.js'] });
}
