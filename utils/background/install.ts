import { browser, type Browser } from 'wxt/browser';

/** Opens the options page on first install, so a new user is asked for a key at once. */
export async function openOptionsOnFirstInstall(details: Browser.runtime.InstalledDetails): Promise<void> {
  if (details.reason === 'install') await browser.runtime.openOptionsPage();
}
