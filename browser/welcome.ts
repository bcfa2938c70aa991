import { browser } from 'wxt/browser';

/** Opens the welcome page once, when De-bias is installed (not when it is updated). */
export function openWelcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
}
