/** The first retry waits up to this long (ms). */
export const BACKOFF_BASE_MS = 1_000;
/** No retry waits longer than this (ms): 5 minutes. */
export const BACKOFF_CAP_MS = 5 * 60_000;
/** No retry comes sooner than this (ms), so a flapping network cannot make a hot loop. */
export const BACKOFF_FLOOR_MS = 500;

/**
 * Capped exponential backoff with full jitter: a uniformly random wait in
 * [{@link BACKOFF_FLOOR_MS}, min(cap, base × 2^(failures − 1))] ms. Full jitter spreads the
 * retries of many clients coming back from the same outage.
 * @param failures how many attempts have failed so far (1 after the first failure).
 * @param random a number in [0, 1), e.g. `Math.random()`.
 */
export function backoffMs(failures: number, random: number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, Math.min(failures - 1, 30)));
  return Math.max(BACKOFF_FLOOR_MS, Math.floor(random * ceiling));
}
