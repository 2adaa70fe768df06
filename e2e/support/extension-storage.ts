import type { Page } from '@playwright/test';

/**
 * Reads `chrome.storage.local` through an open extension page (never through the service worker
 * handle, which hangs once the worker has been stopped).
 */
export async function readLocalStorage(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => chrome.storage.local.get(null));
}
