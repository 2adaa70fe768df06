import { browser } from 'wxt/browser';
import type { Connection } from '../storage';

/** What the toolbar icon shows: text (at most 4 characters), background colour, tooltip. */
export interface Badge {
  text: string;
  color: string;
  title: string;
}

/** Red for "needs you": no key, or ClockMe revoked it. */
export const BADGE_ALERT_COLOR = '#D93025';

/**
 * The badge for a key state (pure). No key, a key being removed, or a revoked key: `!` on red,
 * with a tooltip saying what to do. A connected key: no badge (the running time comes later).
 */
export function badgeFor(connection: Connection): Badge {
  switch (connection.state) {
    case 'revoked':
      return { text: '!', color: BADGE_ALERT_COLOR, title: `ClockMe: your key ending in …${connection.maskedKey.slice(-4)} was revoked. Click to add a new key.` };
    case 'none':
    case 'removing':
      return { text: '!', color: BADGE_ALERT_COLOR, title: 'ClockMe: add your API key to start tracking.' };
    case 'connected':
      return { text: '', color: BADGE_ALERT_COLOR, title: 'ClockMe' };
  }
}

/** Shows `badge` on the toolbar icon. */
export async function applyBadge(badge: Badge): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ text: badge.text }),
    browser.action.setBadgeBackgroundColor({ color: badge.color }),
    browser.action.setTitle({ title: badge.title }),
  ]);
}
