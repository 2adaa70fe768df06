import type { Page } from '@playwright/test';

/** The red of the "revoked" badge, `#D93025`, as `chrome.action.getBadgeBackgroundColor` returns it. */
export const REVOKED_BADGE_COLOR = [217, 48, 37, 255];

/** The green of a running timer's badge, `#137333`. */
export const RUNNING_BADGE_COLOR = [19, 115, 51, 255];

/** The notification saying what a shortcut did (when turned on in the options page). */
export const SHORTCUT_NOTIFICATION_ID = 'clockme-shortcut';
/** The notification saying why a shortcut did nothing. */
export const SHORTCUT_PROBLEM_NOTIFICATION_ID = 'clockme-shortcut-problem';

/** The notification shown when the key is revoked while no extension page is open. */
export const KEY_REVOKED_NOTIFICATION_ID = 'clockme-key-revoked';

/** What the extension's toolbar button shows (for all tabs). */
export interface ToolbarState {
  badgeText: string;
  badgeColor: number[];
  title: string;
}

/**
 * Reads the toolbar button's badge text, badge colour and title through an open extension page
 * (never through the service worker handle, which hangs once the worker has been stopped).
 */
export async function readToolbar(page: Page): Promise<ToolbarState> {
  return page.evaluate(async () => ({
    badgeText: await chrome.action.getBadgeText({}),
    badgeColor: [...(await chrome.action.getBadgeBackgroundColor({}))],
    title: await chrome.action.getTitle({}),
  }));
}

/** The ids of the extension's system notifications that are showing, read through an open extension page. */
export async function readNotificationIds(page: Page): Promise<string[]> {
  const ids = await page.evaluate(async () => (chrome.notifications ? Object.keys(await chrome.notifications.getAll()) : null));
  if (ids === null) throw new Error('chrome.notifications is missing: the manifest does not ask for the "notifications" permission.');
  return ids;
}
