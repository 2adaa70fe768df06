import { addDays, instantOf, resolveWallTime, toWallTime } from './local-time';
import { browserTimeZone } from './zone-offset';

/** A stretch of time worked, as ClockMe's entries carry it: ISO-8601 instants (UTC). */
export interface TimeSpan {
  startedAt: string;
  endedAt: string;
}

/**
 * The local calendar day containing instant `at` in `timeZone` (default: the browser's), as epoch
 * ms `[start, end)`: from local midnight to the next local midnight. 23 hours on the day the clocks
 * go forward, 25 on the day they go back; where midnight itself is skipped, the day starts at the
 * first instant that exists.
 */
export function localDay(at: number, timeZone: string = browserTimeZone()): { start: number; end: number } {
  const { date } = toWallTime(at, timeZone);
  const startOf = (day: string) => instantOf(resolveWallTime({ date: day, time: '00:00' }, timeZone))!;
  return { start: startOf(date), end: startOf(addDays(date, 1)!) };
}

/**
 * Time tracked today (ms): the sum of each entry's part that falls on the local day of `now` in
 * `timeZone` (default: the browser's). An entry from 23:00 yesterday to 01:00 counts one hour;
 * entries that cannot be read count nothing; an entry listed twice (same `id`) counts once.
 */
export function dayTotalMs(entries: ReadonlyArray<TimeSpan & { id?: string }>, now: number, timeZone: string = browserTimeZone()): number {
  const { start, end } = localDay(now, timeZone);
  const seen = new Set<string>();
  let total = 0;
  for (const entry of entries) {
    if (entry.id !== undefined) {
      if (seen.has(entry.id)) continue;
      seen.add(entry.id);
    }
    const from = Math.max(start, Date.parse(entry.startedAt));
    const to = Math.min(end, Date.parse(entry.endedAt));
    if (to > from) total += to - from;
  }
  return total;
}
