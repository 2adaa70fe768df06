/**
 * How long what the service worker last read from ClockMe is trusted when a page opens, so
 * opening and closing the popup does not cost a request each time (issue 7: ten opens in a row
 * cost at most ten requests). The background poll (`utils/background/poll-cadence.ts`) and every
 * start, stop and switch keep the stored timer fresh meanwhile.
 */

/** A page's wish: read ClockMe only if the stored value is older than `maxAgeMs` (ms). */
export interface Freshness {
  maxAgeMs: number;
}

/**
 * The popup's timer: a read from the last 5 s is shown as it is, so closing and reopening the
 * popup costs nothing; any older one is read again at once (after the paint, never before it),
 * because a timer started or stopped in another app (hooks, MCP, the dashboard) should show the
 * next time the person looks.
 */
export const POPUP_TIMER_FRESHNESS: Freshness = { maxAgeMs: 5_000 };

/**
 * The project list of the popup and the options page: listed again after 5 minutes. Projects
 * change rarely; a project created in another app shows in the picker within that time.
 */
export const PROJECTS_FRESHNESS: Freshness = { maxAgeMs: 5 * 60_000 };

/**
 * Whether a value read at `syncedAt` is still fresh at `now` (both epoch ms) for `freshness`
 * (pure). A read "from the future" (the computer's clock was set back since) counts as stale.
 */
export function isFresh(syncedAt: number, now: number, freshness: Freshness): boolean {
  const age = now - syncedAt;
  return age >= 0 && age < freshness.maxAgeMs;
}
