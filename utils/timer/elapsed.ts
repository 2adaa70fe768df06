/**
 * Time shown by the running timer, always derived from ClockMe's `startedAt` and the clock,
 * never counted, so a sleeping laptop or a throttled page cannot make it drift.
 */

/**
 * Milliseconds since `startedAt` at `now` (epoch ms), never negative (a clock slightly behind
 * ClockMe's shows 0:00:00 rather than a negative time). Epoch-based, so a change of time zone or
 * daylight-saving time while the timer runs does not change it, and after the computer slept
 * for an hour it is an hour more.
 * @param startedAt ISO-8601 instant from ClockMe, e.g. `2026-11-29T10:00:00Z` (UTC).
 * @param skewMs how far ClockMe's clock is ahead of this computer's (`ClockSkew.offsetMs`, see
 *   `clock-skew.ts`); `startedAt` is ClockMe's time, so the elapsed time is ClockMe's now minus it.
 * @returns 0 when `startedAt` cannot be parsed.
 */
export function elapsedMs(startedAt: string, now: number, skewMs = 0): number {
  const start = Date.parse(startedAt);
  return Number.isNaN(start) ? 0 : Math.max(0, now + skewMs - start);
}

/** Formats a duration in ms as `H:MM:SS`, e.g. `0:07:05`, `12:34:56`, `100:00:00` (whole seconds, rounded down). */
export function formatElapsed(ms: number): string {
  const totalSeconds = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  return `${hours}:${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

/** Formats a duration in ms as `H:MM`, rounded down to the minute: `1:30`, `0:05`, `26:00`, `120:00`; negative reads `0:00`. */
export function formatHoursMinutes(ms: number): string {
  const totalMinutes = Math.floor(Math.max(0, ms) / 60_000);
  return `${Math.floor(totalMinutes / 60)}:${String(totalMinutes % 60).padStart(2, '0')}`;
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
