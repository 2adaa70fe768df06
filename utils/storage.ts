import { storage } from 'wxt/utils/storage';
import type { Project, Timer } from './clockme/schemas';

/**
 * Every value the extension keeps, one typed item each, all in `chrome.storage.local` (never
 * synced). Only the service worker writes them; pages read and watch them.
 * Times are epoch milliseconds (UTC).
 */

/** The ClockMe API key, exactly as verified (`ck_live_…`). Read only by the service worker. */
export const apiKeyItem = storage.defineItem<string | null>('local:apiKey', { fallback: null, version: 1 });

/** What the pages may know about the key: never the key itself, only its masked form. */
export type Connection =
  | { state: 'none' }
  | { state: 'connected'; maskedKey: string; savedAt: number }
  | { state: 'revoked'; maskedKey: string; revokedAt: number };

/** The key's state as shown by the popup and options page. */
export const connectionItem = storage.defineItem<Connection>('local:connection', {
  fallback: { state: 'none' },
  version: 1,
});

/** The last known timer state and when it was read from ClockMe (ms). `timer: null` means idle. */
export interface TimerSnapshot {
  timer: Timer | null;
  /** Other timers running at ClockMe besides `timer`. */
  othersRunning: number;
  syncedAt: number;
}

/** Last known timer; `null` until the first successful read. The popup paints from it at once. */
export const timerItem = storage.defineItem<TimerSnapshot | null>('local:timer', { fallback: null, version: 1 });

/** The active projects as last listed by ClockMe, and when (ms). */
export interface ProjectsSnapshot {
  projects: Project[];
  syncedAt: number;
}

/** Last known project list; `null` until first listed. */
export const projectsItem = storage.defineItem<ProjectsSnapshot | null>('local:projects', { fallback: null, version: 1 });

/** The project the last timer started from this extension ran on; the shortcut starts on it. */
export const lastProjectIdItem = storage.defineItem<string | null>('local:lastProjectId', { fallback: null, version: 1 });
