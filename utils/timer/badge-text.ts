import { formatHoursMinutes } from './elapsed';

/**
 * The running time as the toolbar badge shows it: `H:MM` of elapsed time, rounded down to the
 * minute, e.g. `0:00`, `0:07`, `12:34`, `99:59`; `99+` from 100 hours on, so it always fits.
 * Negative input (a clock behind ClockMe's) shows `0:00`.
 * @param ms elapsed milliseconds.
 */
export function formatBadgeElapsed(ms: number): string {
  return ms >= 100 * 3_600_000 ? '99+' : formatHoursMinutes(ms);
}

/**
 * When (epoch ms) the badge text next changes: the next whole minute of elapsed time, measured
 * from `startedAtMs`, not from the wall clock (a timer started at 10:00:40 turns `0:01` at 10:01:40).
 * Never earlier than `now + 1`.
 */
export function nextBadgeChangeAt(startedAtMs: number, now: number): number {
  const elapsed = Math.max(0, now - startedAtMs);
  return Math.max(now + 1, startedAtMs + (Math.floor(elapsed / 60_000) + 1) * 60_000);
}
