/**
 * UTC offsets of IANA time zones, from the browser's own time-zone data through `Intl`.
 *
 * Why our own code: the maintained choice, `@date-fns/tz` (`TZDate`), is not a dependency of this
 * project yet, and `Temporal` is not in Chrome or Node 20. All that is needed is "what is the
 * offset of zone Z at instant T", which `Intl.DateTimeFormat` with `timeZone` answers exactly
 * (it is how `@date-fns/tz` does it too): format T's wall-clock fields in Z and compare them with
 * T. Everything else (wall time → instant, DST gaps and overlaps) is built on this one function
 * in `local-time.ts`. If `@date-fns/tz` is added, `zoneOffsetMs` is `-new TZDate(t, z).getTimezoneOffset() * 60_000`.
 */

import { cachedFormatter } from './intl-cache';

/** How long {@link browserTimeZone} reuses the zone it read (ms). */
export const ZONE_RECHECK_MS = 1000;

let lastRead: { zone: string; at: number } | undefined;

/**
 * The browser's time zone as an IANA name, e.g. `Europe/Berlin`; `UTC` when it has none. Read
 * again at most once a second (by `Date.now()`): reading it builds an `Intl.DateTimeFormat`
 * (~0.1–0.5 ms), and a render asks many times. A change of the computer's zone shows within a second.
 */
export function browserTimeZone(): string {
  const now = Date.now();
  if (!lastRead || Math.abs(now - lastRead.at) >= ZONE_RECHECK_MS) lastRead = { zone: Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC', at: now };
  return lastRead.zone;
}

/** The `en-US` formatter of all wall-clock fields in `timeZone`, built once (`cachedFormatter`). */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  // `hourCycle: 'h23'` so midnight is 0, never 24; `en-US` only for stable digits.
  return cachedFormatter(Intl.DateTimeFormat, 'en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    era: 'short',
  });
}

/** Wall-clock fields of an instant in a zone (month 1–12). */
export interface WallFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * The wall-clock fields (to the second) that instant `epochMs` shows in `timeZone`.
 * @throws RangeError when `timeZone` is not a valid IANA name.
 */
export function wallFields(epochMs: number, timeZone: string): WallFields {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(new Date(epochMs)).map((part) => [part.type, part.value]));
  const year = Number(parts.year);
  return {
    year: parts.era === 'BC' || parts.era === 'B' ? 1 - year : year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** `Date.UTC` of wall fields, also for years 0–99 (which `Date.UTC` would map to 1900–1999). */
export function fieldsAsUtc({ year, month, day, hour, minute, second }: WallFields): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/**
 * How far `timeZone`'s wall clock is ahead of UTC at instant `epochMs`, in ms: `+3_600_000` for
 * Berlin in winter, `-14_400_000` for New York in summer, `+37_800_000` for Lord Howe in winter.
 * @throws RangeError when `timeZone` is not a valid IANA name.
 */
export function zoneOffsetMs(epochMs: number, timeZone: string): number {
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  return fieldsAsUtc(wallFields(wholeSecond, timeZone)) - wholeSecond;
}
