import { browser } from 'wxt/browser';

/**
 * The toolbar badge shows a tab's number of findings (empty when there are none), and its tooltip
 * says what that number counts.
 */
export async function setBadge(tabId: number, count: number, title: string): Promise<void> {
  // Manifest V3 has `action`; Firefox's Manifest V2 build has `browserAction`.
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeBackgroundColor({ tabId, color: '#005eb8' });
  await action.setBadgeText({ tabId, text: count > 0 ? String(Math.min(count, 999)) : '' });
  await action.setTitle({ tabId, title });
}
