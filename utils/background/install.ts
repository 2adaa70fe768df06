import { browser, type Browser } from 'wxt/browser';

/** Opens the options page on first install, so a new user is asked for a key at once. */
export async function openOptionsOnFirstInstall(details: Browser.runtime.InstalledDetails): Promise<void> {
  if (details.reason === 'install') await browser.runtime.openOptionsPage();
}

/**
 * Keeps `storage.local` (where the API key lives) readable only by the extension's own pages and
 * service worker (`TRUSTED_CONTEXTS`), never by a content script, should one ever be added. Chrome
 * remembers the level, so this runs on install, update and Chrome update. A Chrome that supports
 * the level only for `storage.session` rejects the call; nothing else is needed there, since
 * this extension has no content scripts (docs/security.md).
 */
export async function keepStorageInExtension(): Promise<void> {
  try {
    await browser.storage.local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
  } catch {
    // Expected on a Chrome that supports access levels only for storage.session.
  }
}
