import { browserTimeZone, fieldsAsUtc, wallFields, zoneOffsetMs, type WallFields } from './zone-offset';

/**
 * Local wall-clock time (what a person types in `<input type="date">` and `<input type="time">`)
 * ↔ instants (epoch ms, UTC) in an IANA time zone, correct across daylight-saving changes.
 *
 * Defined handling of the two DST cases (the log-time form tells the person about both):
 * - **Gap** (spring forward: 02:30 on 29 March 2026 does not exist in Berlin): the time is
 *   reported as `gap`, with the instant the clock would show had it not jumped (02:30 → 03:30
 *   CEST, Temporal's "compatible" choice). The form does not use it silently: it refuses the time
 *   and suggests that one.
 * - **Overlap** (fall back: 02:30 on 25 October 2026 happens twice in Berlin): reported as
 *   `ambiguous` with both instants; the earlier one (still summer time) unless the person picks
 *   the later one.
 */

const DAY_MS = 86_400_000;

/** A local date `YYYY-MM-DD` and time `HH:MM` or `HH:MM:SS`, as `<input type="date|time">` give them. */
export interface WallTime {
  date: string;
  time: string;
}

/** Which of the two instants of an ambiguous (repeated) wall time: before or after the clocks go back. */
export type Occurrence = 'earlier' | 'later';

/** What a wall time means in a zone; times are epoch ms. */
export type ResolvedWallTime =
  /** The wall time happens once. */
  | { kind: 'exact'; epochMs: number }
  /** The wall time does not exist (clocks jumped over it); `epochMs` is it moved forward by `gapMs` (02:30 → 03:30). */
  | { kind: 'gap'; epochMs: number; gapMs: number }
  /** The wall time happens twice (clocks went back); `earlier` is before the change, `later` after. */
  | { kind: 'ambiguous'; earlier: number; later: number }
  /** Not a date or time (empty, malformed, 31 February, 24:00). */
  | { kind: 'invalid' };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;

/** Reads `YYYY-MM-DD` + `HH:MM[:SS[.mmm]]` (fractions of a second are dropped); `null` when either is not a real date or time. */
export function parseWallTime({ date, time }: WallTime): WallFields | null {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) return null;
  const fields = { year: Number(d[1]), month: Number(d[2]), day: Number(d[3]), hour: Number(t[1]), minute: Number(t[2]), second: Number(t[3] ?? 0) };
  if (fields.hour > 23 || fields.minute > 59 || fields.second > 59) return null;
  // Rejects 2026-02-31 and month 13: the UTC date must read back as typed.
  const check = new Date(fieldsAsUtc(fields));
  if (check.getUTCMonth() + 1 !== fields.month || check.getUTCDate() !== fields.day) return null;
  return fields;
}

/** Splits an `<input type="datetime-local">` value (`2026-03-29T02:30`) into date and time; `null` when malformed. */
export function splitDateTimeLocal(value: string): WallTime | null {
  const [date, time, ...rest] = value.split('T');
  return date && time && rest.length === 0 ? { date, time } : null;
}

/**
 * What a local wall time means in `timeZone` (default: the browser's): see {@link ResolvedWallTime}.
 * @throws RangeError when `timeZone` is not a valid IANA name.
 */
export function resolveWallTime(wall: WallTime, timeZone: string = browserTimeZone()): ResolvedWallTime {
  const fields = parseWallTime(wall);
  if (!fields) return { kind: 'invalid' };
  const naive = fieldsAsUtc(fields);
  // Every offset the zone has within a day either side; a wall time is an instant `naive − offset`
  // for each offset that the zone really has at that instant.
  const before = zoneOffsetMs(naive - DAY_MS, timeZone);
  const after = zoneOffsetMs(naive + DAY_MS, timeZone);
  const offsets = [...new Set([before, zoneOffsetMs(naive, timeZone), after])];
  const instants = offsets.map((offset) => naive - offset).filter((instant) => zoneOffsetMs(instant, timeZone) === naive - instant);
  const unique = [...new Set(instants)].sort((a, b) => a - b);
  if (unique.length === 1) return { kind: 'exact', epochMs: unique[0]! };
  if (unique.length >= 2) return { kind: 'ambiguous', earlier: unique[0]!, later: unique.at(-1)! };
  return { kind: 'gap', epochMs: naive - before, gapMs: after - before };
}

/**
 * One instant for a wall time: the exact one, the chosen `occurrence` of a repeated one, or for a
 * time in a gap the moved-forward one; `null` when invalid. For callers that must not refuse.
 */
export function instantOf(resolved: ResolvedWallTime, occurrence: Occurrence = 'earlier'): number | null {
  switch (resolved.kind) {
    case 'exact':
    case 'gap':
      return resolved.epochMs;
    case 'ambiguous':
      return occurrence === 'earlier' ? resolved.earlier : resolved.later;
    case 'invalid':
      return null;
  }
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** The local date and time (`HH:MM`, seconds dropped) that instant `epochMs` shows in `timeZone` (default: the browser's). */
export function toWallTime(epochMs: number, timeZone: string = browserTimeZone()): WallTime {
  const { year, month, day, hour, minute } = wallFields(epochMs, timeZone);
  return { date: `${pad(year, 4)}-${pad(month)}-${pad(day)}`, time: `${pad(hour)}:${pad(minute)}` };
}

/** `YYYY-MM-DD` `days` calendar days after `date` (negative: before); `null` when `date` is not a date. */
export function addDays(date: string, days: number): string | null {
  const fields = parseWallTime({ date, time: '00:00' });
  if (!fields) return null;
  const next = new Date(fieldsAsUtc(fields) + days * DAY_MS);
  return `${pad(next.getUTCFullYear(), 4)}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`;
}
