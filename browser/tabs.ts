import { browser } from 'wxt/browser';
import type { Report } from '@/lib/engine/finding';
import type { AdvertCriteria } from '@/lib/page/person-spec-criteria';
import { type CheckScope, SCOPE_GLOBAL } from './check-scope';
import { sendMessage } from './messages';

/** The extension's own pages, opened in a new tab. */
export type ExtensionPage = '/workspace.html#anonymise' | '/workspace.html#interview';

export async function openExtensionPage(page: ExtensionPage): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(page) });
}

export async function openOptionsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}

/** The tab the popup was opened over; null on browser pages without one. */
export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

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

/** The tab's latest report, or null when no checker runs there (any page De-bias does not watch). */
export async function tabReport(tabId: number): Promise<Report | null> {
  try {
    return (await sendMessage('get-report', undefined, tabId)).report;
  } catch {
    return null;
  }
}

/** Scrolls the tab to a finding and opens its card. */
export function showFindingInTab(tabId: number, finding: { ruleId: string; start: number }): void {
  sendMessage('show-finding', finding, tabId).catch(() => undefined);
}

/** The person-specification criteria of the NHS Jobs advert in the active tab, or null when it is not one. */
export async function activeTabCriteria(): Promise<AdvertCriteria | null> {
  const tabId = await activeTabId();
  if (tabId === null) return null;
  try {
    return (await sendMessage('get-criteria', undefined, tabId)) ?? null;
  } catch {
    return null; // not an advert De-bias is checking
  }
}
