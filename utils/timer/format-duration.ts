import { uiLocale } from '@/utils/i18n';
import { cachedFormatter } from './intl-cache';

/** How a duration reads: `short` "3 hr, 25 min" / "3 Std., 25 Min."; `long` "3 hours, 25 minutes" (for screen readers). */
export type DurationStyle = 'short' | 'long';

interface Fields {
  hours?: number;
  minutes?: number;
  seconds?: number;
}

/**
 * The fields shown for `ms`: hours and minutes (rounded down to the minute, zero fields left out),
 * seconds only under a minute; `0` reads "0 min".
 */
function fieldsOf(ms: number): Fields {
  const totalSeconds = Math.floor(Math.max(0, ms) / 1000);
  if (totalSeconds === 0) return { minutes: 0 };
  if (totalSeconds < 60) return { seconds: totalSeconds };
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  return { ...(hours ? { hours } : {}), ...(minutes || !hours ? { minutes } : {}) };
}

const UNIT = { hours: 'hour', minutes: 'minute', seconds: 'second' } as const;

/**
 * The fallback for browsers and Node versions without `Intl.DurationFormat` (Node 20; Chrome
 * has it since 129): what the specification does for these styles, i.e. each field with
 * `Intl.NumberFormat`'s unit style, joined with `Intl.ListFormat`'s unit list. It reads the same
 * as `Intl.DurationFormat` ("3 hr, 25 min", "3 Std., 25 Min.").
 */
export function formatDurationFallback(fields: Fields, locale: string, style: DurationStyle): string {
  const parts = (Object.keys(UNIT) as Array<keyof Fields>)
    .filter((field) => fields[field] !== undefined)
    .map((field) => cachedFormatter(Intl.NumberFormat, locale, { style: 'unit', unit: UNIT[field], unitDisplay: style }).format(fields[field]!));
  return cachedFormatter(Intl.ListFormat, locale, { type: 'unit', style }).format(parts);
}

/**
 * A duration for people, in `locale` (default: the browser's UI language): "1 hr, 30 min",
 * "25 min", "45 sec", "0 min"; German "1 Std., 30 Min.". Rounded down to the minute from one
 * minute on; negative reads as 0. Uses `Intl.DurationFormat` where the browser has it.
 * @param ms duration in milliseconds.
 */
export function formatDuration(ms: number, locale: string = uiLocale(), style: DurationStyle = 'short'): string {
  const fields = fieldsOf(ms);
  if (typeof Intl.DurationFormat === 'function') {
    // `minutesDisplay: 'always'` so a zero duration reads "0 min", not an empty string.
    return cachedFormatter(Intl.DurationFormat, locale, { style, ...(fields.minutes === 0 ? { minutesDisplay: 'always' } : {}) }).format(fields);
  }
  return formatDurationFallback(fields, locale, style);
}
