import type { BrowserContext, Page } from '@playwright/test';

/**
 * Stops the extension's service worker the way Chrome does when it goes idle, through the
 * DevTools protocol of an open extension page. Afterwards Playwright's old worker handle hangs
 * on `evaluate`: read storage and the toolbar through an extension page instead.
 */
export async function stopServiceWorkers(context: BrowserContext, page: Page): Promise<void> {
  const session = await context.newCDPSession(page);
  try {
    await session.send('ServiceWorker.enable');
    await session.send('ServiceWorker.stopAllWorkers');
  } finally {
    await session.detach();
  }
}
