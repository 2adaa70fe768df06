/**
 * Time shown by the running timer, always derived from ClockMe's `startedAt` and the clock,
 * never counted, so a sleeping laptop or a throttled page cannot make it drift.
 */

/**
 * Milliseconds since `startedAt` at `now` (epoch ms), never negative (a clock slightly behind
 * ClockMe's shows 0:00:00 rather than a negative time).
 * @param startedAt ISO-8601 instant from ClockMe, e.g. `2026-11-29T10:00:00Z` (UTC).
 * @returns 0 when `startedAt` cannot be parsed.
 */
export function elapsedMs(startedAt: string, now: number): number {
  const start = Date.parse(startedAt);
  return Number.isNaN(start) ? 0 : Math.max(0, now - start);
}

/** Formats a duration in ms as `H:MM:SS`, e.g. `0:07:05`, `12:34:56`, `100:00:00` (whole seconds, rounded down). */
export function formatElapsed(ms: number): string {
  const totalSeconds = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  return `${hours}:${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

/** Formats a duration in ms for screen readers: "1 hour, 7 minutes", "45 seconds". */
export function describeElapsed(ms: number): string {
  const totalSeconds = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const parts: string[] = [];
  if (hours) parts.push(`${hours} ${hours === 1 ? 'hour' : 'hours'}`);
  if (minutes) parts.push(`${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`);
  if (!hours && !minutes) parts.push(`${totalSeconds} ${totalSeconds === 1 ? 'second' : 'seconds'}`);
  return parts.join(', ');
}
