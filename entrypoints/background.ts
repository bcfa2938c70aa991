import { checkTab } from '@/components/extension/check-tab';
import type { Message } from '@/components/extension/messages';

const MENU_ID = 'de-bias-check-selection';

/** The badge shows a tab's number of findings; empty when there are none. */
async function setBadge(tabId: number, count: number): Promise<void> {
  // Manifest V3 has `action`; Firefox's Manifest V2 build has `browserAction`.
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeBackgroundColor({ tabId, color: '#005eb8' });
  await action.setBadgeText({ tabId, text: count > 0 ? String(Math.min(count, 999)) : '' });
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    browser.contextMenus.create({
      id: MENU_ID,
      title: 'Check this text for biased wording',
      contexts: ['selection'],
    });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) void checkTab(tab.id, 'selection');
  });

  browser.runtime.onMessage.addListener((message: Message, sender) => {
    if (message.kind === 'findings-count' && sender.tab?.id !== undefined) {
      void setBadge(sender.tab.id, message.count);
    }
    return undefined;
  });
});
