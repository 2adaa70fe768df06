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

/**
 * Makes every request the extension sent so far look a minute old, as if the person had paused
 * for a minute: the extension holds itself to 20 requests a minute per key
 * (`utils/outbox/budget.ts`), which a test using many features at machine speed reaches.
 */
export async function ageRequestBudget(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const { requestBudget } = (await chrome.storage.local.get('requestBudget')) as { requestBudget?: { sent: number[] } };
    if (requestBudget) await chrome.storage.local.set({ requestBudget: { ...requestBudget, sent: requestBudget.sent.map((at) => at - 61_000) } });
  });
}
