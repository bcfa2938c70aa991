import { browser } from 'wxt/browser';
import { checkTab } from './tabs';

const MENU_ID = 'de-bias-check-selection';

/** The context menu's "Check this text for biased wording", on any selection; it checks through activeTab. */
export function addCheckSelectionMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Check this text for biased wording', contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) void checkTab(tab.id, 'selection');
  });
}
