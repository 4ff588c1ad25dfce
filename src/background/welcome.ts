import { browser } from 'wxt/browser';

/** Opens the welcome page once, right after installation (not on updates or browser restarts). */
export function openWelcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
}
