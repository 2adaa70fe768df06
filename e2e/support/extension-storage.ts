import type { Page } from '@playwright/test';

/**
 * Reads `chrome.storage.local` through an open extension page (never through the service worker
 * handle, which hangs once the worker has been stopped).
 */
export async function readLocalStorage(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => chrome.storage.local.get(null));
}

/**
 * Makes the stored timer look read a minute ago, as if the person came back to the popup later:
 * a popup opened within its freshness window (`utils/freshness.ts`, 5 s) shows the stored timer
 * without asking ClockMe, so tests that reopen it at once and expect a read call this first.
 */
export async function ageStoredTimer(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const { timer } = (await chrome.storage.local.get('timer')) as { timer?: { syncedAt: number } | null };
    if (timer) await chrome.storage.local.set({ timer: { ...timer, syncedAt: timer.syncedAt - 60_000 } });
  });
}
